d = {"x": 1}
print(d.setdefault("x", 5), d.setdefault("y", 6), d)
print(d.pop("x"), d.pop("missing", "dflt"), d)
d = {"a": 1, "b": 2, "c": 3}
print(d.popitem(), d)
print(dict.fromkeys(["p", "q"]), dict.fromkeys("ab", 0))
e = d.copy()
e["a"] = 99
print(d, e)
print(d | {"z": 26}, {"a": 0} | d)
d |= {"n": 14}
print(d)
keys = d.keys()
d["m"] = 13
print(keys)
print(d.values(), d.items())
print(len(keys), "m" in keys)
d.clear()
print(d, keys)
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
