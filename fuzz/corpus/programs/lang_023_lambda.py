sq = lambda x: x * x
print(sq(7))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda *a, **k: (a, k))(1, 2, z=3))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in late])
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(4))
print(sq.__name__, (lambda: 0).__name__)
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
print((lambda: "no args")())
