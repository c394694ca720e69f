a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
head, *mid, tail = range(6)
print(head, mid, tail)
(x, y), z = (1, 2), 3
print(x, y, z)
for i, (ch, n) in enumerate([("a", 1), ("b", 2)]):
    print(i, ch, n)
p, *q = [7]
print(p, q)
print(*[1, 2, 3], sep="-")
merged = [*range(3), *"ab", 9]
print(merged)
d = {**{"a": 1}, "b": 2, **{"a": 3}}
print(d)
try:
    m, n = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    m, n, o = [1, 2]
except ValueError as e:
    print(e)
