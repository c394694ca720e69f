s = {3, 1, 2}
print(len(s), 2 in s, 5 in s)
print(sorted(s))
s.add(4)
s.add(1)
print(sorted(s))
s.discard(10)
s.remove(3)
print(sorted(s))
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b)), sorted(a.intersection(b)))
print(sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print({1, 2} <= a, {1, 2}.issubset(a), a.issuperset({1}), a.isdisjoint({9}))
print({1, 2} < {1, 2}, {1} < {1, 2})
print(set(), {5}, set("a"))
print(sorted(set("mississippi")))
one = {42}
print(one.pop(), one)
print(frozenset([7]), len(frozenset("aabb")))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
