# & | ^ ~ << >> with two's complement semantics on big values.
a, b = 2 ** 70 + 12345, -(2 ** 66) - 3
for x, y in [(a, b), (b, a), (a, 255), (b, -1), (-a, b), (2 ** 64 - 1, -(2 ** 64))]:
    print(x & y, x | y, x ^ y)
print(~a, ~b, ~(2 ** 63 - 1), ~(-(2 ** 63)))
print(1 << 63, 1 << 64, 1 << 100, -1 << 70, 3 << 62, 5 << 0)
print(a >> 1, a >> 70, a >> 71, a >> 1000, b >> 3, b >> 500, -1 >> 10 ** 20)
print((2 ** 64) >> 0, 0 << 10 ** 20, 12345 >> 10 ** 30)
for f in (lambda: 1 << -1, lambda: a >> -5, lambda: a << -(2 ** 70)):
    try:
        f()
    except ValueError as e:
        print("ValueError:", e)
print((2 ** 100).bit_length(), (-(2 ** 100)).bit_length(), (2 ** 100 - 1).bit_length())
print((2 ** 100 - 1).bit_count(), (-(2 ** 90) + 1).bit_count())
mask = (1 << 80) - 1
print(mask, hex(mask), (a * 12345678901) & mask)
x = 0
for i in range(0, 128, 7):
    x |= 1 << i
print(x, bin(x))
