# int methods on big values: to_bytes/from_bytes and friends.
n = 2 ** 100 + 255
print(n.to_bytes(13, "big"), n.to_bytes(13, "little"))
print((-n).to_bytes(14, "big", signed=True), (2 ** 64 - 1).to_bytes(8, "big"))
print(int.from_bytes(b"\x01" + b"\x00" * 12, "big"), int.from_bytes(b"\xff" * 12, "little", signed=True))
print(int.from_bytes(b"\x80" + b"\x00" * 15, "big", signed=True), int.from_bytes(bytes(range(1, 20)), "big"))
print(int.from_bytes(n.to_bytes(20, "little"), "little") == n)
for f in (lambda: n.to_bytes(12, "big"), lambda: (-n).to_bytes(13, "big", signed=True),
          lambda: (-n).to_bytes(20, "big"), lambda: (2 ** 63).to_bytes(8, "big", signed=True)):
    try:
        print(f())
    except OverflowError as e:
        print("OverflowError:", e)
print(n.real, n.imag, n.numerator, n.denominator, n.conjugate(), n.as_integer_ratio())
print(int.__add__(2 ** 64, 1), (2 ** 64).__mul__(2 ** 64), (2 ** 64).__radd__(5), (2 ** 64).__neg__())
print((2 ** 64).__eq__(2.0 ** 64), (2 ** 64).__lt__(2 ** 65), (2 ** 64).__truediv__(2 ** 62))
print((2 ** 64).__index__(), (2 ** 64).__int__(), (2 ** 64).__float__(), (2 ** 70).__round__(-3))
print((2 ** 64).__hash__() == hash(2 ** 64), (2 ** 64).__format__("_"), (2 ** 64).__bool__(), bool(-(2 ** 64)))
print(isinstance(2 ** 64, int), type(2 ** 64) is type(1), (2 ** 64).__class__.__name__)
