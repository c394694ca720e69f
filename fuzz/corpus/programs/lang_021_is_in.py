a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b)
print(None is None, type(None) is type(None))
print(3 in [1, 2, 3], "x" in "xyz", "xz" in "xyz", 2 in (1, 2))
print("k" in {"k": 1}, 1 in {"k": 1}, 5 in range(10), 10 in range(10))
print(4 in range(0, 10, 2), 5 in range(0, 10, 2))
print("" in "abc", [] in [[]])
print(id(a) == id(c), id(a) == id(b))
x = 256
y = 256
print(x == y)
print(float("nan") in [float("nan")])
nan = float("nan")
print(nan in [nan])
print(True in [1], 1.0 in [1])
