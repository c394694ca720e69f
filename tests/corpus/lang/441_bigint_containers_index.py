# Big ints as indices, slice bounds, repetition counts and range bounds.
xs = [1, 2, 3, 4]
print(xs[:2 ** 100], xs[-(2 ** 100):2], xs[::2 ** 70], "abcdef"[2 ** 64:], (1, 2, 3)[-(2 ** 80):])
for f in (lambda: xs[2 ** 64], lambda: "abc"[-(2 ** 70)], lambda: (1, 2)[2 ** 63]):
    try:
        f()
    except IndexError as e:
        print("IndexError:", e)
try:
    len(range(2 ** 63))
except OverflowError as e:
    print("OverflowError:", e)
print(range(2 ** 62, 2 ** 62 + 3)[1], list(range(2 ** 63 - 3, 2 ** 63 - 1)), 2 ** 64 in range(10))
print(xs.count(2 ** 64), 2 ** 64 in {1: 2}, [2 ** 64] * 2, [0] * (2 ** 64 // 2 ** 62))
print(sorted({2 ** 64: 1, -(2 ** 64): 2, 0: 3}.items()))
print(sum([2 ** 63, 2 ** 63, -(2 ** 64)]), type(sum([2 ** 63, 2 ** 63, -(2 ** 64)])).__name__)
print(divmod(2 ** 64, 10), divmod(-(2 ** 64), 10), divmod(2 ** 64, -(2 ** 32)))
print(abs(-(2 ** 63)), -(-(2 ** 63)), max(range(5), key=lambda i: 2 ** 70 - i))
