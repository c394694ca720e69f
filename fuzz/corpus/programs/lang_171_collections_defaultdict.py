from collections import defaultdict
dd = defaultdict(int)
for ch in "mississippi":
    dd[ch] += 1
print(dd)
print(dict(dd), dd["z"], len(dd))
groups = defaultdict(list)
for name, team in [("ann", "red"), ("bob", "blue"), ("cy", "red")]:
    groups[team].append(name)
print(dict(groups))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
nested["b"]["x"] += 3
print({k: dict(v) for k, v in nested.items()})
s = defaultdict(set)
s["k"].add(1)
print(s)
plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("KeyError", e)
print(dd.get("nope"), "nope" in dd)
print(defaultdict(str)["x"] == "", type(dd).__name__)
