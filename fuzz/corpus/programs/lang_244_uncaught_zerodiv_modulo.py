# uncaught zerodiv modulo
print("--- uncaught zerodiv modulo ---")
def is_multiple(a, b):
    return a % b == 0
print(is_multiple(10, 5), is_multiple(10, 3))
print(is_multiple(10, 0))
