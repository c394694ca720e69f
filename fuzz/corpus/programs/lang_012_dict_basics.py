d = {"b": 2, "a": 1}
d["c"] = 3
print(d)
print(d["a"], d.get("z"), d.get("z", 0))
print(len(d), "a" in d, 2 in d)
del d["b"]
print(d)
d["b"] = 20
print(d)
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(f"{k}={v}")
print(list(d.keys()), list(d.values()))
d.update({"a": 100, "z": 26})
print(d)
d.update(x=1, y=2)
print(d)
print(dict(a=1, b=2), dict([("p", 1), ("q", 2)]))
print(dict(zip("abc", range(3))))
print({1: "int", 1.0: "float", True: "bool"})
