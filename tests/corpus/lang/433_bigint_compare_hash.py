# Comparisons, equality and hashes agree between small and big ints.
a = 2 ** 64
b = a - 2 ** 64 + 5
print(b, b == 5, b is 5 or b == 5, hash(b) == hash(5))
print(a > 2 ** 63 - 1, a < -a, -a < 0 < a, a == a + 0, a != a + 1)
print(sorted([2 ** 70, -5, 2 ** 64, -(2 ** 65), 0, 2 ** 63 - 1]))
print(max(2 ** 80, 3), min(-(2 ** 80), 3))
for v in [2 ** 61 - 1, 2 ** 61, 2 ** 62, 2 ** 64, 2 ** 100, -(2 ** 100), 2 ** 122 - 1, -(2 ** 61 - 1), 10 ** 40]:
    print(v, hash(v), hash(v) == hash(float(v)) if v < 2 ** 1000 else None)
d = {2 ** 64: "big", 5: "five"}
k = 2 ** 65 // 2
print(d[k], d[(2 ** 64 + 5) - 2 ** 64], k in d, 2 ** 64 + 1 in d)
s = {2 ** 70, 2 ** 70 + 0, 2 ** 35 * 2 ** 35}
print(len(s), s)
print(2 ** 64 in [1, 2, 2 ** 64], [2 ** 64].index(2 ** 32 * 2 ** 32))
print((2 ** 64, 1) == (2 ** 64, 1), (2 ** 64, 1) < (2 ** 64, 2))
print(True + 2 ** 64, 2 ** 64 * False, 2 ** 64 & True)
