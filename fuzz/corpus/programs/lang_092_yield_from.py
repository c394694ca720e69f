def inner():
    yield 1
    yield 2
    return "inner done"
def outer():
    result = yield from inner()
    print("inner returned", result)
    yield from [10, 20]
    yield from "ab"
    return "outer done"
g = outer()
for v in g:
    print(v)
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, 4], []], [[5]]])))
def chain(*its):
    for it in its:
        yield from it
print(list(chain(range(2), (9,), {"k": 1})))
