xs = list(range(8))
xs[2:4] = ["a", "b", "c"]
print(xs)
xs[::2] = [0] * 5
print(xs)
del xs[1:3]
print(xs)
xs[:] = [9, 8, 7]
print(xs)
xs[1:1] = [100, 200]
print(xs)
xs[len(xs):] = [1]
print(xs)
del xs[::2]
print(xs)
ys = [1, 2, 3, 4, 5, 6]
ys[::-2] = ["x", "y", "z"]
print(ys)
try:
    ys[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
