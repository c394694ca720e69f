values = [1, -2.5, "s", 'q"', None, True, [1, "a"], (1,), (), {"k": (1, 2)}, {3}, set(), range(3), b"by", 1e100]
for v in values:
    print(repr(v), "|", str(v))
nested = [[1, [2, ["three"]]], {"inner": {"deep": None}}]
print(repr(nested))
rec = [1, 2]
rec.append(rec)
print(rec)
d = {"a": 1}
d["self"] = d
print(d)
