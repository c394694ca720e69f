# dict and set operations
inventory = {"apples": 3, "pears": 0}
inventory["kiwis"] = 7
inventory.update(pears=2, plums=5)
print(inventory, len(inventory), "kiwis" in inventory, 7 in inventory.values())
print(inventory.get("grapes"), inventory.get("grapes", 0), inventory.setdefault("figs", 1))
print(inventory.pop("apples"), inventory.pop("nope", "default"), inventory)
print(list(inventory.keys()), list(inventory.values()), list(inventory.items())[:2])
del inventory["figs"]
print(inventory.popitem(), inventory)
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get))
squares = {x: x * x for x in range(6) if x % 2 == 0}
print(squares, {v: k for k, v in squares.items()})
print(dict.fromkeys("abc", 0), dict(zip(["x", "y"], [1, 2])), dict([("k", "v")]))
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, {**a, **b})
a |= {"w": 0}
print(a, a == {"w": 0, "x": 1, "y": 2})
s1, s2 = {1, 2, 3, 4}, {3, 4, 5}
print(s1 & s2, s1 | s2, s1 - s2, s1 ^ s2, s1 <= s2, {3} < s1, s1.isdisjoint({9}))
s1.add(10)
s1.discard(1)
s1.remove(2)
print(s1, s1.union([7], (8,)), s1.intersection(range(5)), sorted(s1.difference({3})))
try:
    s1.remove(99)
except KeyError as e:
    print("KeyError:", e)
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], nested.get("a", {}).get("x", "none"))
from collections import defaultdict, Counter, OrderedDict
groups = defaultdict(list)
for w in ["ant", "bee", "ape", "bat", "cat"]:
    groups[w[0]].append(w)
print(dict(groups), groups["z"], len(groups))
c = Counter("mississippi")
print(c, c.most_common(2), c["s"], c["q"])
od = OrderedDict(b=1, a=2)
od.move_to_end("b")
print(od, list(od))
print({1: "a", True: "b", 1.0: "c"})
