import itertools
def take(n, it):
    return list(itertools.islice(it, n))
def primes():
    found = []
    for n in itertools.count(2):
        if all(n % p for p in found):
            found.append(n)
            yield n
print(take(10, primes()))
def running_avg(nums):
    for i, total in enumerate(itertools.accumulate(nums), 1):
        yield round(total / i, 2)
print(list(running_avg([2, 4, 6, 8])))
colors = itertools.cycle(["red", "green"])
print([(i, next(colors)) for i in range(3)])
print(["".join(p) for p in itertools.product("01", repeat=3)])
pairs = list(itertools.combinations(["ann", "bob", "cy"], 2))
print(pairs, len(pairs))
print(sum(1 for _ in itertools.permutations(range(5))))
flat = list(itertools.chain.from_iterable([[i] * i for i in range(4)]))
print(flat)
