d = {}
for name in ["zeta", "alpha", "mu", "beta"]:
    d[name] = len(name)
print(d)
d["alpha"] = 0
print(list(d))
del d["zeta"]
d["zeta"] = 9
print(list(d))
print({k: d[k] for k in sorted(d)})
print(dict(sorted(d.items(), key=lambda kv: kv[1])))
print(list(reversed(d)))
print(next(iter(d)))
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, list(a) == list(b))
