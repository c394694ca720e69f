def helper():
    return [1, 2]
for v in helper():
    yield v
