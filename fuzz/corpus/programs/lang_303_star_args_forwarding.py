def target(a, b, c=0, *, d=None):
    return f"a={a} b={b} c={c} d={d}"
def forward(*args, **kwargs):
    print("forwarding", args, kwargs)
    return target(*args, **kwargs)
print(forward(1, 2))
print(forward(1, 2, 3, d=4))
print(forward(*[5, 6], **{"d": "x"}))
args = (1,)
kwargs = {"b": 2, "c": 3}
print(target(*args, **kwargs))
def first_rest(first, *rest, sep=","):
    return sep.join(str(r) for r in (first,) + rest)
print(first_rest(1), first_rest(1, 2, 3, sep="|"))
try:
    target(1, **{"b": 2, "e": 5})
except TypeError as e:
    print(e)
try:
    target(*[1, 2, 3, 4])
except TypeError as e:
    print(e)
