# ** and pow(), with negative exponents and moduli.
print(2 ** 100, (-2) ** 101, 3 ** 50, (-3) ** 40)
print(10 ** 20, 10 ** 19, 7 ** 23)
print(2 ** -1, 2 ** -64, (2 ** 70) ** -1, (-2) ** -3)
print(pow(2, 100), pow(2, 100, 10 ** 9 + 7), pow(3, 200, 2 ** 61 - 1))
print(pow(2 ** 80, 3, 97), pow(-(2 ** 80), 3, 97), pow(2 ** 80, 3, -97))
print(pow(3, -1, 2 ** 70 + 1), pow(2 ** 70 + 3, -2, 1000003))
print(pow(5, 2 ** 70, 13), pow(0, 2 ** 70), pow(1, 2 ** 70), pow(-1, 2 ** 70 + 1))
for args in [(2, 10 ** 20, 0), (2 ** 64, -1, 2 ** 64)]:
    try:
        print(pow(*args))
    except ValueError as e:
        print("ValueError:", e)
try:
    print((10 ** 400) ** -1)
except OverflowError as e:
    print("OverflowError:", e)
print(2 ** 0.5 == 2 ** 0.5, (2 ** 64) ** 0.5, 4 ** 0.5)
x = 2
x **= 70
print(x, x ** 2 // x == x)
print(0 ** 0, (2 ** 64) ** 0, (2 ** 64) ** 1, 1 ** (10 ** 20))
