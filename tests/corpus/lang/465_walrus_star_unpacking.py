# assignment expressions and star-unpacking
import re
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"list has {n} items")
print([y for x in data if (y := x * 2) > 6], y)
total = 0
print([total := total + x for x in data], total)
lines = iter(["alpha", "beta", "", "gamma"])
while (line := next(lines)) != "":
    print("line:", line)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "xyz"
print(init, tail)
head, *rest = [1]
print(head, rest)
(a, b), *c = [(1, 2), 3, 4]
print(a, b, c)
print(*[1, 2], *"ab", sep="-")
merged = [*range(3), *[10, 11], *"hi"]
print(merged)
d1 = {"a": 1}
d2 = {**d1, "b": 2, **{"a": 3}}
print(d2)
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), x=1, **{"y": 2}))
for i, (name, score) in enumerate([("ann", 9), ("bob", 7)], 1):
    print(i, name, score)
x, y = y, x = 1, 2
print(x, y)
if m := re.match(r"(\w+)@(\w+)", "me@host"):
    print(m.group(1), m.group(2))
