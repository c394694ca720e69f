print(int("101", 2), int("7f", 16), int("Z", 36), int("0b101", 0), int("0o17", 0))
print(int("-ff", 16), int(" +12 "), int("0"))
try:
    int("12", 1)
except ValueError as e:
    print(e)
try:
    int(3.5, 10)
except TypeError as e:
    print(e)
print(float("  -12.5e-1 "), float("inf"), float("-nan"), float(".5"), float("5."))
print(str(12), str(-0.5), str("x"), str(1e-7))
print(int(float("1e3")), round(float("2.5")))
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print(e)
