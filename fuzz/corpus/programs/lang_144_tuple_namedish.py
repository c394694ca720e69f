points = [(1, 2), (3, 1), (0, 5)]
xs = [x for x, _ in points]
ys = [y for _, y in points]
print(xs, ys)
print(max(points, key=lambda p: p[1]))
print(sorted(points))
def stats(nums):
    return min(nums), max(nums), sum(nums) / len(nums)
lo, hi, avg = stats([4, 8, 15, 16, 23, 42])
print(lo, hi, avg)
t = stats([1, 2])
print(t, type(t).__name__)
swap = lambda pair: pair[::-1]
print(swap((1, 2)), swap("ab"))
print((1, 2) + (3,), (0,) * 3, (1, 2, 3)[1:])
print(tuple(x ** 2 for x in range(4)))
