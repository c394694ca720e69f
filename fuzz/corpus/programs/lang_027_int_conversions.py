print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("777", 8), int("1010", 2))
print(int("z", 36), int("  12  "), int("-0"), int("+5"))
print(int("1_000"))
print(hex(255), oct(8), bin(10), hex(-42))
print(str(0b1111), format(255, "x"), format(255, "#010b"))
for bad in ["12.5", "abc", "", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
print(float("1e3"), float(" 2.5 "), float("-0"), float("Infinity"))
try:
    float("one")
except ValueError as e:
    print(e)
print((255).bit_length(), (-1).bit_length(), (10).to_bytes(2, "big"))
print(int.from_bytes(b"\x01\x00", "big"))
