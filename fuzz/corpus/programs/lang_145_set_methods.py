s = {1, 2, 3}
s.update([3, 4], (5,))
print(sorted(s))
s.intersection_update({1, 2, 3, 4, 99})
print(sorted(s))
s.difference_update({1})
print(sorted(s))
s.symmetric_difference_update({4, 5})
print(sorted(s))
c = s.copy()
c.clear()
print(c, sorted(s))
a, b = {1, 2}, {2, 3}
a |= b
print(sorted(a))
a &= {1, 3}
print(sorted(a))
a -= {1}
print(a)
a ^= {3, 7}
print(a)
print({1, 2}.union([3], (4,)) == {1, 2, 3, 4})
print(set([1, 2]) == {2, 1}, {1} != {1.0})
e = set()
try:
    e.pop()
except KeyError as err:
    print("KeyError:", err)
print(sorted({x * x for x in range(-3, 4)}))
print(len(set()), bool(set()), {()}, {(1, 2)})
fs = frozenset({1, 2})
print(sorted(fs | {3}), type(fs | {3}).__name__)
