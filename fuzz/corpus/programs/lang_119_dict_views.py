d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(len(k), "a" in k, 2 in v, ("b", 2) in it)
print(sorted(k & {"a", "z"}), sorted(k - {"a"}), sorted(k | {"q"}))
d["d"] = 4
print(list(k), list(v)[-1])
print(list(zip(d.keys(), d.values())))
print(list(reversed(d.items())))
print(sum(d.values()), max(d, key=d.get))
try:
    k[0]
except TypeError as e:
    print(e)
print(list(d.items())[0], dict(it) == d)
