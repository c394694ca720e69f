total = 10
def broken():
    try:
        total += 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
broken()
def also_broken():
    print(value)
    value = 3
try:
    also_broken()
except NameError as e:
    print(type(e).__name__, isinstance(e, NameError), e)
def ok():
    return total + 1
print(ok())
