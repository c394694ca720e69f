# CPython's 4300-digit limit on int <-> decimal str conversion.
big = 10 ** 4299
print(len(str(big)), str(big)[:5])
for f in [lambda: str(10 ** 4300), lambda: repr(-(10 ** 5000)), lambda: f"{10 ** 4300}", lambda: f"{10 ** 4300:,}",
          lambda: "%d" % 10 ** 4400, lambda: int("1" * 4301), lambda: int("-" + "2" * 5000), lambda: print(2 ** 20000),
          lambda: int("1_" * 4300 + "1")]:
    try:
        r = f()
        print("ok", len(r))
    except ValueError as e:
        print("ValueError:", e)
x = 2 ** 20000
print(len(hex(x)), len(bin(x)), len(oct(x)), f"{x:x}"[:10])
print(int("1" * 5000, 16) % 97, int("1" * 5000, 2) % 97, int("1" * 4300) % 97)
print(x.bit_length(), x % 1000003, (x + 1) // (2 ** 19999))
