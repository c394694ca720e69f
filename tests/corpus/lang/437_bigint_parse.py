# int() from strings and other types, for values beyond int64.
print(int("9223372036854775808"), int("-9223372036854775809"), int("1" * 40))
print(int("  123456789012345678901234567890  "), int("+99999999999999999999"))
print(int("1_000_000_000_000_000_000_000"), int("0x1_0000_0000_0000_0000", 16), int("0xffffffffffffffffff", 0))
print(int("z" * 20, 36), int("10" * 40, 2), int("0o7777777777777777777777", 0), int("-0b" + "1" * 70, 0))
print(int(10 ** 20), int(True), int(-(2 ** 70)))
class Big:
    def __index__(self):
        return 2 ** 80
    def __int__(self):
        return 3 ** 60
print(int(Big()), hex(Big()) if hasattr(Big, "__index__") else None)
for s in ["12345678901234567890x", "1__0" + "0" * 30, "0x" + "g" * 20, ""]:
    try:
        print(int(s, 0))
    except ValueError as e:
        print("ValueError:", e)
print(int("1" * 4300)  % 1000, len(str(int("9" * 4300))))
print(int("f" * 5000, 16) % 1000)
print(int("123456789" * 4), 0xFFFFFFFFFFFFFFFFFFFF, 0o777777777777777777777777, 0b1 << 64)
print(123_456_789_012_345_678_901, -0x8000000000000000, -0x8000000000000001)
