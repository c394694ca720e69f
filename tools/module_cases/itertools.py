### count
import itertools as it
c = it.count()
print(next(c), next(c), c)
print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.count(0.5, 0.25), 3)))
print(it.count(2, 1), it.count(1.5), it.count(1, 0.5), it.count(-1, -1), it.count(0, True), it.count(0, 1.0))
print(list(zip(it.count(1), "abc")), type(it.count()).__name__, type(it.count()))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: it.count('a'))
t(lambda: it.count(1, 'b'))
t(lambda: it.count(1, 2, 3))
t(lambda: it.count(x=1))
print(it.count(start=3, step=2))
### cycle_repeat
import itertools as it
print(list(it.islice(it.cycle("ab"), 5)), list(it.cycle([])))
print(list(it.repeat(7, 3)), list(it.repeat('x', 0)), list(it.repeat(1, -5)), list(zip(range(3), it.repeat('z'))))
r = it.repeat(1, 3); next(r)
print(r, r.__length_hint__(), it.repeat('a'), it.repeat(None, times=2))
print(list(map(pow, range(5), it.repeat(2))))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: it.cycle())
t(lambda: it.cycle(1))
t(lambda: it.cycle([1], 2))
t(lambda: it.repeat())
t(lambda: it.repeat(1, 'a'))
t(lambda: it.repeat(1).__length_hint__())
### accumulate
import itertools as it, operator
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], operator.mul)), list(it.accumulate([])))
print(list(it.accumulate([1, 2, 3], initial=100)), list(it.accumulate([], initial=5)), list(it.accumulate("abc")))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2], lambda a, b: a - b, initial=None)))
print(list(it.accumulate(iterable=[1, 2], func=operator.add)))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: it.accumulate())
t(lambda: it.accumulate([1], 1, 2))
t(lambda: list(it.accumulate([1, 'a'])))
### chain_compress
import itertools as it
print(list(it.chain("ab", [1, 2], (3,))), list(it.chain()), list(it.chain.from_iterable(["xy", "z"])))
c = it.chain(1)
print(type(c).__name__)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: list(c))
t(lambda: list(it.chain([1], 2)))
t(lambda: it.chain(a=1))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(it.compress(range(10), it.cycle([True, False]))))
print(list(it.compress(data=[1, 2], selectors=[0, 1])))
t(lambda: it.compress([1]))
### predicates
import itertools as it
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, '', 'a', None])))
tw = it.takewhile(lambda x: x < 3, it.count())
print(list(tw), list(tw))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: it.dropwhile(None))
t(lambda: it.takewhile(1, 2, 3))
t(lambda: it.filterfalse(None))
t(lambda: list(it.dropwhile(None, [1])))
### groupby
import itertools as it
for k, g in it.groupby("AAAABBBCCDAABBB"):
    print(k, list(g))
print([k for k, g in it.groupby("AAAABBBCCD")])
print([(k, len(list(g))) for k, g in it.groupby(sorted("mississippi"))])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for k, g in it.groupby(words, key=lambda w: w[0]):
    print(k, list(g))
g = it.groupby([1, 1, 2, 2, 3])
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
gs = [(k, grp) for k, grp in it.groupby("aabbc")]
print([(k, list(grp)) for k, grp in gs])
k, grp = next(it.groupby([5, 5, 6]))
print(next(grp), type(grp))
print(list(it.groupby([])), [ (k, list(v)) for k, v in it.groupby([1, 2], key=None)])
### islice
import itertools as it
print(list(it.islice("ABCDEFG", 2)), list(it.islice("ABCDEFG", 2, 4)), list(it.islice("ABCDEFG", 2, None)))
print(list(it.islice("ABCDEFG", 0, None, 2)), list(it.islice(range(10), 1, 8, 3)), list(it.islice(it.count(), 3, 6)))
print(list(it.islice([1, 2], 5)), list(it.islice([], None)), list(it.islice("abc", None, None, None)))
src = iter(range(10))
print(list(it.islice(src, 2, 4)), next(src))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: it.islice([1]))
t(lambda: it.islice([1], -1))
t(lambda: it.islice([1], -2))
t(lambda: it.islice([1], 'a'))
t(lambda: it.islice([1], 1, -1))
t(lambda: it.islice([1], -1, 2))
t(lambda: it.islice([1], 0, 5, 0))
t(lambda: it.islice([1], 0, 5, -1))
t(lambda: it.islice([1], 1, 2, 3, 4))
t(lambda: it.islice(1, 2))
t(lambda: it.islice([1], stop=2))
### starmap_zip_longest
import itertools as it
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(it.starmap(lambda *a: a, ["ab", [1]])))
print(list(it.zip_longest("ABCD", "xy", fillvalue="-")), list(it.zip_longest("ab", [1, 2, 3])), list(it.zip_longest()))
print(list(it.zip_longest([1], [], [2, 3])))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: it.starmap(None))
t(lambda: list(it.starmap(pow, [1])))
t(lambda: it.zip_longest(1))
t(lambda: it.zip_longest([1], foo=1))
### tee
import itertools as it
a, b = it.tee(iter([1, 2, 3]))
print(next(a), next(a), next(b), list(b), list(a))
x, y, z = it.tee("abc", 3)
print(list(x), list(y), list(z), it.tee([1], 0), type(x).__name__)
c, = it.tee(range(3), 1)
d, e = it.tee(c)
next(c)
print(list(c), list(d), list(e))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: it.tee())
t(lambda: it.tee([1], -1))
t(lambda: it.tee([1], 'a'))
### product
import itertools as it
print(list(it.product("ab", [1, 2])), list(it.product(range(2), repeat=3)))
print(list(it.product()), list(it.product([], [1])), list(it.product("ab", repeat=0)), len(list(it.product(range(3), range(4), range(5)))))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: it.product(1))
t(lambda: it.product([1], repeat=-1))
t(lambda: it.product([1], foo=2))
### combinatorics
import itertools as it
print(list(it.permutations("abc")), list(it.permutations(range(4), 2)))
print(list(it.permutations([1, 2], 3)), list(it.permutations([], 0)), list(it.permutations("ab", None)))
print(list(it.combinations("abcd", 2)), list(it.combinations(range(5), 3)), list(it.combinations("ab", 3)), list(it.combinations("ab", 0)))
print(list(it.combinations_with_replacement("abc", 2)), list(it.combinations_with_replacement([], 2)), list(it.combinations_with_replacement([], 0)))
print(len(list(it.permutations(range(6)))), len(list(it.combinations(range(10), 4))), len(list(it.combinations_with_replacement(range(5), 3))))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: it.permutations())
t(lambda: it.permutations([1], -1))
t(lambda: it.permutations([1], 'a'))
t(lambda: it.combinations([1]))
t(lambda: it.combinations([1], -1))
t(lambda: it.combinations_with_replacement([1], -1))
t(lambda: it.combinations([1], 1.5))
### pairwise
import itertools as it
print(list(it.pairwise("ABCDE")), list(it.pairwise([1])), list(it.pairwise([])))
p = it.pairwise(iter([1, 2, 3]))
print(next(p), list(p), list(p))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: it.pairwise())
t(lambda: it.pairwise(1))
### types_and_protocol
import itertools as it
ch = it.chain([1], [2])
print(iter(ch) is ch, ch.__next__(), next(ch))
try:
    next(ch)
except StopIteration:
    print("stop")
print(isinstance(ch, it.chain), it.chain, it.groupby, it.islice)
print(repr(it.chain([1]))[:26], repr(it.islice([1], 1))[:27])
for name in ["count", "cycle", "repeat", "accumulate", "chain", "compress", "dropwhile", "filterfalse", "groupby", "islice", "starmap", "takewhile", "tee", "zip_longest", "product", "permutations", "combinations", "combinations_with_replacement", "pairwise"]:
    print(name, hasattr(it, name))
### recipes
import itertools as it, operator
def take(n, iterable):
    return list(it.islice(iterable, n))
def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return it.zip_longest(*args, fillvalue=fillvalue)
def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = it.cycle(iter(x).__next__ for x in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = it.cycle(it.islice(nexts, num_active))
def powerset(iterable):
    s = list(iterable)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))
def unique_everseen(iterable):
    seen = set()
    for element in it.filterfalse(seen.__contains__, iterable):
        seen.add(element)
        yield element
print(take(3, it.count(7)), list(grouper("ABCDEFG", 3, "x")), list(roundrobin("ABC", "D", "EF")))
print(list(powerset([1, 2, 3])), list(unique_everseen("AAAABBBCCDAABBB")))
print(sum(it.starmap(operator.mul, zip([1, 2, 3], [4, 5, 6]))), list(it.accumulate(it.repeat(2, 5), operator.mul)))
