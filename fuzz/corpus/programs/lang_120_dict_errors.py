d = {"a": 1}
try:
    d["b"]
except KeyError as e:
    print("KeyError", e)
try:
    d[[1, 2]] = 3
except TypeError as e:
    print(e)
try:
    {[1]: 2}
except TypeError as e:
    print(e)
try:
    {{}: 1}
except TypeError as e:
    print(e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(e)
try:
    d + d
except TypeError as e:
    print(e)
try:
    {1, [2]}
except TypeError as e:
    print(e)
print(d.get([1], "unhashable get?") if False else "skip")
