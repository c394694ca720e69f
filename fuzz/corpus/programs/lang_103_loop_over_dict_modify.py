d = {"a": 1, "b": 2, "c": 3}
try:
    for k in d:
        if k == "a":
            d["z"] = 26
except RuntimeError as e:
    print("RuntimeError:", e)
d = {"a": 1, "b": 2, "c": 3}
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)
lst = [1, 2, 3, 4, 5, 6]
for x in lst[:]:
    if x % 2 == 0:
        lst.remove(x)
print(lst)
s = {1}
try:
    for x in s:
        s.add(x + 1)
except RuntimeError as e:
    print("RuntimeError:", e)
