# int <-> float: exact comparisons, correct rounding, overflow errors.
print(2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53, 2 ** 64 == 2.0 ** 64)
print(2 ** 64 + 1 > 2.0 ** 64, 10 ** 30 < 1e30, 10 ** 30 > 1e30, 10 ** 400 > 1e308)
print(10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"), 10 ** 400 == float("nan"))
print(float(2 ** 64), float(2 ** 100 + 1), float(-(3 ** 100)), float(2 ** 1023 * 3 // 2))
print(float(2 ** 53 + 1), float(2 ** 54 + 3), float(2 ** 55 + 4), float(2 ** 53 + 3))
print(int(1e20), int(-1.5e30), int(2.0 ** 100), int(1e308) == 10 ** 308)
print(2 ** 64 + 0.5, 2 ** 70 * 1.5, 1.5 * 2 ** 70, 2 ** 64 - 1.0)
print(10 ** 30 / 10 ** 10, 2 ** 100 / 3, 1 / 2 ** 100, -(10 ** 50) / 7)
print(10 ** 400 / 10 ** 399, (2 ** 1100 + 1) / 2 ** 1090, 10 ** 20 / 3 ** 40)
print(2 ** 64 // 1.5, 2 ** 64 % 1.5, divmod(2 ** 64, 2.5))
for f in (lambda: float(10 ** 400), lambda: 10 ** 400 * 1.0, lambda: 10 ** 400 / 3, lambda: 10 ** 400 + 0.5, lambda: 1 / 10 ** 400):
    try:
        print(f())
    except OverflowError as e:
        print("OverflowError:", e)
print(round(2.5e20), round(1e25), round(-7.5e18), type(round(1e25)).__name__)
print((1e25).__trunc__(), (1.5e19).__floor__(), (-1.5e19).__ceil__())
print((1e30).as_integer_ratio(), (2.0 ** -80).as_integer_ratio())
print(int(2 ** 64) is not None, float(2 ** 63), float(-(2 ** 63)))
