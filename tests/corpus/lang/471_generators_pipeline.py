# generators: pipelines, send, yield from with return values, itertools
import itertools


def read_numbers(text):
    for token in text.split():
        yield int(token)


def only_even(nums):
    return (n for n in nums if n % 2 == 0)


def running_total(nums):
    total = 0
    for n in nums:
        total += n
        yield total


print(list(running_total(only_even(read_numbers("1 2 3 4 5 6 7 8")))))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(list(itertools.islice(fib(), 12)), list(itertools.takewhile(lambda x: x < 30, fib())))


def averager():
    total, count, avg = 0, 0, None
    while True:
        value = yield avg
        if value is None:
            return count, avg
        total += value
        count += 1
        avg = total / count


def collect():
    result = yield from averager()
    print("averager returned", result)


g = collect()
next(g)
for v in [10, 20, 60]:
    print(g.send(v))
try:
    g.send(None)
except StopIteration:
    print("done")
gen = (x * x for x in range(4))
print(next(gen), list(gen), list(gen))
print(sum(x for x in range(10)), max((len(w), w) for w in ["a", "abc", "ab"]))
print(list(zip(itertools.count(1), "abc")), list(itertools.chain([1], (2, 3))))
print(list(itertools.permutations("abc", 2))[:4], list(itertools.combinations_with_replacement("ab", 2)))
print([(k, list(g)) for k, g in itertools.groupby([1, 1, 2, 3, 3, 3])])
print(list(itertools.zip_longest("ab", "xyz", fillvalue="-")), list(itertools.repeat("z", 3)))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.compress("abcd", [1, 0, 1, 0])))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "end"))


def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")


for x in gen_with_finally():
    print(x)
    break
print(type(fib()).__name__, fib.__name__)
