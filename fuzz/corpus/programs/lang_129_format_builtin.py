print(format(3.14159, ".3"), format(3.14159, ".3f"), format(42, "5"))
print(format(1e-10), format(1.0), format(123.456, "e"))
print(format(0.1, ".17g"), format(1 / 3, ".5"))
print(format(9731, "c"), format(97, "c"))
print(format(-0.0, ".1f"), format(-0.001, ".1f"))
print(format(True), format(True, "d"), format(False, ">5"))
print(format("abc", "^7"), format(2 ** 31, ","))
print(str(1e15), str(1e16), str(1.23456789012345678))
print(repr(1.1), repr(2.2 + 1.1), str(0.30000000000000004))
print(format(12345.6789, ".2f"), format(-12345.6789, ",.1f"))
try:
    format(1, "q")
except ValueError as e:
    print(e)
try:
    format("s", ",")
except ValueError as e:
    print(e)
