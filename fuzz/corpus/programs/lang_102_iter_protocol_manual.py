it = iter([1, 2, 3])
print(next(it))
print(list(it))
print(next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
s = iter("ab")
print(next(s), next(s), next(s, None))
d = iter({"x": 1, "y": 2})
print(list(d))
r = iter(range(3))
print(iter(r) is r)
calls = [0]
def source():
    calls[0] += 1
    return calls[0]
print(list(iter(source, 4)))
try:
    next([1, 2])
except TypeError as e:
    print(e)
