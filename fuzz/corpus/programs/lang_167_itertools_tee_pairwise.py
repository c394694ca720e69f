import itertools
a, b = itertools.tee([1, 2, 3])
print(list(a), list(b))
print(list(itertools.pairwise("abcd")))
def batched(iterable, n):
    it = iter(iterable)
    while True:
        chunk = list(itertools.islice(it, n))
        if not chunk:
            return
        yield chunk
print(list(batched(range(7), 3)))
def window(seq, n):
    its = itertools.tee(seq, n)
    for i, it in enumerate(its):
        for _ in range(i):
            next(it, None)
    return zip(*its)
print(list(window([1, 2, 3, 4, 5], 3)))
