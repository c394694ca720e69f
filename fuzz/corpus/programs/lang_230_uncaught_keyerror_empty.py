d = {"": 0, "a": 1}
print(d[""])
del d[""]
print(d)
print(d[""])
