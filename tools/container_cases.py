"""The programs of tools/gen_container_cases.py (see there). Each case is
(name, source); `check(f)` prints repr(f()) or "Type message".

Known gaps kept out of these cases (see the report of the containers work):
set displays of 3+ constants (CPython folds them into a frozenset constant,
which reorders colliding keys), set order after remove() followed by add()
(CPython reuses the deleted slot), metaclass __instancecheck__, attributes
on instances of list/dict subclasses."""

PRELUDE = '''
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
'''


def _cases(text):
    """Cases written as blocks: a line '## name' starts each."""
    out = []
    name, lines = None, []
    for line in text.strip('\n').split('\n'):
        if line.startswith('## '):
            if name:
                out.append((name, '\n'.join(lines)))
            name, lines = line[3:].strip(), []
        else:
            lines.append(line)
    if name:
        out.append((name, '\n'.join(lines)))
    return out


TUPLE = r'''
## tuple_repr
print((), (1,), (1, 2), ((1,), ()), ('a', "b'c", None))
## tuple_repr_nested_list
t = ([],)
t[0].append(t)
print(t)
## tuple_len_bool
print(len(()), len((1, 2, 3)), bool(()), bool((0,)))
## tuple_index
t = (10, 20, 30)
print(t[0], t[-1], t[True])
check(lambda: t[3])
check(lambda: t[-4])
check(lambda: t['a'])
check(lambda: t[1.0])
## tuple_slices
t = tuple(range(10))
print(t[2:5], t[::3], t[::-1], t[-3:], t[:-7], t[5:2], t[100:], t[-100:2])
print(t[1:8:2], t[8:1:-3], t[::-4])
check(lambda: t[::0])
check(lambda: t['a':])
## tuple_slice_identity
t = (1, 2, 3)
print(t[:] is t, t[0:3] is t, t[::1] is t)
## tuple_concat
print((1,) + (2, 3), () + (), (1, 2) + ())
check(lambda: (1,) + [2])
check(lambda: (1,) + 'a')
check(lambda: 1 + (1,))
## tuple_repeat
print((1, 2) * 3, 2 * ('a',), (1,) * 0, (1,) * -1, (0,) * True)
check(lambda: (1,) * 1.5)
check(lambda: (1,) * 'a')
check(lambda: (1,) * (2,))
## tuple_inplace
t = (1,)
u = t
t += (2,)
t *= 2
print(t, u)
## tuple_compare
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2), (1, 2) != (1, 2.0))
print((1, 'a') < (1, 'b'), () < (0,), (1, 2) <= (1, 2), (3,) >= (2, 9))
check(lambda: (1, 'a') < (1, 2))
check(lambda: (1,) < [1])
print((1,) == [1], (1, 2) == (1, 2, 3))
## tuple_compare_nan
x = float('nan')
print((x,) == (x,), [x] == [x], (1, x) < (2, x))
## tuple_contains
t = (1, 'a', None, (2,))
print(1 in t, 'a' in t, None in t, (2,) in t, 2 in t, 1.0 in t, 'b' not in t)
## tuple_count_index
t = (1, 2, 1, 3, 1.0, True)
print(t.count(1), t.count(4), t.index(2), t.index(3), t.index(1, 1), t.index(1, -3))
check(lambda: t.index(9))
check(lambda: t.index(1, 4, 3))
check(lambda: t.count())
check(lambda: t.index())
check(lambda: t.index(1, 'a'))
## tuple_constructor
print(tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)), tuple({'x': 1}), tuple(x * 2 for x in (1, 2)))
check(lambda: tuple(1))
check(lambda: tuple(1, 2))
check(lambda: tuple(x=1))
t = (1, 2)
print(tuple(t) is t)
## tuple_hash
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((-1, 0, 1)), hash((True, 2.5)))
print(hash((1, 2)) == hash((1.0, 2)), hash((1, -2)))
check(lambda: hash((1, [])))
## tuple_as_dict_key
d = {(1, 2): 'a', (1,): 'b'}
print(d[(1, 2)], d[1,], (1, 2) in d, (2, 1) in d)
## tuple_iter
it = iter((1, 2))
print(type(it).__name__, next(it), next(it), next(it, 'done'))
print(list(iter(())))
## tuple_unpack
a, b, *c = (1, 2, 3, 4)
print(a, b, c)
## tuple_subclass
class P(tuple):
    pass
p = P([1, 2])
print(p, type(p).__name__, len(p), p[0], p + (3,), type(p + (3,)).__name__, p == (1, 2))
## tuple_methods_by_name
print(tuple.__len__((1, 2)), tuple.__getitem__((1, 2), 1), tuple.__contains__((1,), 1), tuple.count((1, 1), 1))
check(lambda: tuple.count([1], 1))
## tuple_bool_elems
print((0, False) == (False, 0), (1,) == (True,))
'''

LIST = r'''
## list_repr
print([], [1], [1, 'a', None, [2, [3]]], [(1,), {}])
## list_repr_recursive
a = [1]
a.append(a)
print(a)
b = [a, [a]]
print(b)
## list_index_get
a = [10, 20, 30]
print(a[0], a[-1], a[-3], a[False])
check(lambda: a[3])
check(lambda: a[-4])
check(lambda: a['1'])
check(lambda: a[None])
## list_setitem
a = [1, 2, 3]
a[0] = 'x'
a[-1] = 'z'
print(a)
def f():
    a[3] = 0
check(f)
def g():
    a['k'] = 0
check(g)
## list_delitem
a = [1, 2, 3, 4]
del a[1]
del a[-1]
print(a)
def f():
    del a[5]
check(f)
## list_slices
a = list(range(10))
print(a[2:5], a[::3], a[::-1], a[-3:], a[:-7], a[5:2], a[100:], a[-100:2], a[:])
print(a[1:8:2], a[8:1:-3], a[::-4], a[-1:-5:-1], a[9:-11:-1])
check(lambda: a[::0])
check(lambda: a[1.5:])
check(lambda: a['a':'b'])
## list_slice_copy_distinct
a = [1, 2]
b = a[:]
b.append(3)
print(a, b, a[:] is a)
## list_slice_assign
a = list(range(6))
a[1:3] = ['a', 'b', 'c', 'd']
print(a)
a[1:5] = []
print(a)
a[0:0] = 'xy'
print(a)
a[len(a):] = [99]
print(a)
a[-2:] = (7,)
print(a)
a[5:1] = ['ins']
print(a)
a[:] = range(3)
print(a)
a[:] = a
print(a)
a[1:2] = a
print(a)
## list_slice_assign_errors
a = [1, 2, 3]
def f():
    a[1:2] = 5
check(f)
def g():
    a[::2] = [1, 2, 3]
check(g)
def h():
    a[::2] = 5
check(h)
def i():
    a[::0] = []
check(i)
print(a)
## list_extended_slice_assign
a = list(range(8))
a[::2] = 'abcd'
print(a)
a[::-3] = [0, 0, 0]
print(a)
a[1:1:2] = []
print(a)
a[::-1] = a
print(a)
## list_slice_delete
a = list(range(10))
del a[::3]
print(a)
del a[1:3]
print(a)
del a[::-2]
print(a)
del a[5:1]
print(a)
del a[:]
print(a)
## list_concat
a = [1]
print(a + [2], [] + [], a + a)
check(lambda: a + (2,))
check(lambda: a + 'x')
check(lambda: a + None)
## list_repeat
print([1, 2] * 2, 3 * [0], [1] * 0, [1] * -5, [[]] * 2)
check(lambda: [1] * 2.0)
check(lambda: [1] * [1])
check(lambda: 'a' * [1])
x = [[]] * 3
x[0].append(1)
print(x)
## list_iadd
a = [1]
b = a
a += [2]
a += (3,)
a += 'xy'
a += range(2)
a += {'k': 1}
print(a, a is b)
def f():
    global a
    a += 5
check(f)
print(a)
## list_imul
a = [1, 2]
b = a
a *= 2
print(a, a is b)
a *= 0
print(a, b)
def f():
    global a
    a *= 'x'
check(f)
## list_compare
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, 2] == [1, 2], [1] != [1.0])
print([] < [0], [1, [2]] < [1, [3]], [1, 2] >= [1, 2])
check(lambda: [1, 'a'] < [1, 2])
check(lambda: [1] < (1,))
print([1] == (1,), [1] != (1,))
## list_contains
a = [1, 'a', [2], None]
print(1 in a, [2] in a, 2 in a, None in a, 'b' not in a, True in a)
## list_append_extend_insert
a = []
a.append(1)
a.extend([2, 3])
a.extend(x for x in 'ab')
a.insert(0, 'first')
a.insert(-1, 'mid')
a.insert(100, 'end')
a.insert(-100, 'start')
print(a)
a.extend(a)
print(len(a))
## list_method_errors
a = [1]
check(lambda: a.append())
check(lambda: a.append(1, 2))
check(lambda: a.insert(1))
check(lambda: a.insert('a', 1))
check(lambda: a.extend(3))
check(lambda: a.extend())
check(lambda: list.append(1, 2))
check(lambda: a.count())
## list_pop
a = [1, 2, 3, 4]
print(a.pop(), a.pop(0), a.pop(-1), a)
check(lambda: a.pop(5))
check(lambda: a.pop(-2))
check(lambda: a.pop('a'))
check(lambda: a.pop(1, 2))
print(a.pop(), a)
check(lambda: a.pop())
check(lambda: [].pop(0))
## list_remove
a = [1, 2, 1, 3]
a.remove(1)
print(a)
check(lambda: a.remove(5))
a.remove(1.0)
print(a)
## list_index_count
a = [1, 2, 3, 2, 1]
print(a.index(2), a.index(2, 2), a.index(1, -1), a.index(3, 0, 3), a.count(1), a.count(9))
check(lambda: a.index(9))
check(lambda: a.index('x'))
check(lambda: a.index(3, 0, 2))
check(lambda: a.index(2, 'x'))
check(lambda: a.index(2, 10))
print(a.index(1, -100), a.index(2, 0, 100))
## list_sort_basic
a = [3, 1, 2]
print(a.sort(), a)
a.sort(reverse=True)
print(a)
b = ['banana', 'Apple', 'cherry']
b.sort()
print(b)
b.sort(key=str.lower)
print(b)
b.sort(key=len, reverse=True)
print(b)
## list_sort_stable
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b'), (2, 'x'), (1, 'c')]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
words = ['bb', 'a', 'ccc', 'dd', 'e', 'fff']
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
## list_sort_errors
a = [3, 'a', 1]
check(lambda: a.sort())
print(a)
b = [1, 2, 'x']
check(lambda: b.sort())
print(b)
check(lambda: [1].sort(1))
check(lambda: [1].sort(key=1, foo=2))
check(lambda: [2, 1].sort(key=5))
check(lambda: [2, 1].sort(reverse=None))
check(lambda: [2, 1].sort(reverse='x'))
## list_sort_key_raises
def k(x):
    if x == 3:
        raise ValueError('bad key')
    return -x
a = [1, 2, 3, 4]
check(lambda: a.sort(key=k))
print(a)
## list_sort_mutation
a = [3, 2, 1]
def k(x):
    a.append(x)
    return x
check(lambda: a.sort(key=k))
print(a)
def k2(x):
    print(len(a), end=' ')
    return x
a.sort(key=k2)
print(a)
## list_sort_compare_order
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print('lt', self.v, other.v)
        return self.v < other.v
    def __repr__(self):
        return 'K%d' % self.v
a = [K(3), K(1), K(2), K(5), K(4)]
a.sort()
print(a)
## list_sort_long_runs
seed = [5]
def rnd(n):
    seed[0] = (seed[0] * 1103515245 + 12345) % 2147483648
    return seed[0] % n
data = [rnd(1000) for _ in range(500)]
s = sorted(data)
print(s[:10], s[-5:], s == sorted(data, reverse=True)[::-1])
data2 = list(range(100)) + list(range(50, 0, -1)) + [7] * 30 + list(range(200, 100, -3))
print(sorted(data2)[::17])
## list_sort_comparison_count
seed = [3]
def rnd(n):
    seed[0] = (seed[0] * 1103515245 + 12345) % 2147483648
    return seed[0] % n
class C:
    n = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        C.n += 1
        return self.v < o.v
for size in (10, 65, 200, 1000):
    C.n = 0
    vals = [C(rnd(size)) for _ in range(size)]
    vals.sort()
    print(size, C.n)
C.n = 0
vals = [C(i) for i in list(range(300)) + list(range(150)) + list(range(600, 300, -1))]
vals.sort()
print('runs', C.n, [c.v for c in vals[::97]])
## list_sort_partial_failure
class B:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        if self.v == 0 or o.v == 0:
            raise TypeError('no zero')
        return self.v < o.v
    def __repr__(self):
        return str(self.v)
a = [B(v) for v in [5, 3, 4, 0, 1, 2]]
check(lambda: a.sort())
print(a)
## list_reverse_copy_clear
a = [1, 2, 3]
b = a.copy()
a.reverse()
print(a, b, a.copy() is a)
a.clear()
print(a, b)
## list_reversed
a = [1, 2, 3]
r = reversed(a)
print(type(r).__name__, list(r), list(r))
r = reversed(a)
next(r)
a.pop()
print(list(r))
print(list(a.__reversed__()))
## list_iterator_sees_appends
a = [1, 2]
out = []
for x in a:
    out.append(x)
    if x < 4:
        a.append(x + 2)
print(out, a)
it = iter(a)
print(type(it).__name__, next(it))
a.clear()
print(next(it, 'end'), list(it))
## list_constructor
print(list(), list('abc'), list((1, 2)), list(range(3)), list({'a': 1, 'b': 2}), list({3: 0}.items()))
check(lambda: list(1))
check(lambda: list(1, 2))
check(lambda: list(x=1))
a = [1]
print(list(a) is a, list(a) == a)
## list_constructor_generator_error
def gen():
    yield 1
    raise ValueError('boom')
check(lambda: list(gen()))
a = [0]
check(lambda: a.extend(gen()))
print(a)
## list_unhashable
check(lambda: hash([]))
check(lambda: {[1]: 2})
check(lambda: {[1]})
## list_subclass
class L(list):
    def total(self):
        return sum(self)
x = L([1, 2, 3])
x.append(4)
print(x, x.total(), type(x).__name__, len(x), x[1:3], type(x[1:3]).__name__, isinstance(x, list))
## list_subclass_init
class Stack(list):
    def __init__(self, items=(), extra=None):
        super().__init__(items)
        if extra:
            self.append(extra)
print(Stack([1], 2), Stack('ab'), Stack())
class Plain(list):
    pass
print(Plain((1, 2)), Plain())
## list_methods_by_name
a = [3, 1]
list.append(a, 2)
list.sort(a)
print(a, list.__len__(a), list.__getitem__(a, 0), list.__contains__(a, 2))
list.__setitem__(a, 0, 'z')
list.__delitem__(a, 1)
print(a)
check(lambda: list.__getitem__(a))
## list_equality_identity_shortcut
class E:
    def __eq__(self, o):
        print('eq called')
        return False
e = E()
print([e] == [e], e in [e], [e].count(e), [e].index(e))
## list_nested_mutation_compare
a = [[1, 2], [3]]
b = [[1, 2], [3]]
print(a == b, a < b, a[0] is b[0])
## list_multiassign_alias
a = b = []
a.append(1)
print(b, a is b)
'''

DICT = r'''
## dict_repr
print({}, {'a': 1}, {1: 'x', (1, 2): [3], None: {}}, {'q': "it's"})
## dict_repr_recursive
d = {}
d['self'] = d
print(d)
## dict_getitem
d = {'a': 1, 2: 'b', (1,): None}
print(d['a'], d[2], d[(1,)], d[2.0], d[True] if True in d else 'no')
check(lambda: d['z'])
check(lambda: d[[1]])
check(lambda: d[(1, 2)])
check(lambda: {}[()])
## dict_keyerror_args
try:
    {}['k']
except KeyError as e:
    print(repr(e), e.args, str(e))
try:
    {}[('a', 1)]
except KeyError as e:
    print(e)
try:
    {}['']
except KeyError as e:
    print(e)
## dict_setitem_delitem
d = {}
d['a'] = 1
d['b'] = 2
d['a'] = 3
del d['b']
print(d)
def f():
    del d['zz']
check(f)
def g():
    d[[]] = 1
check(g)
## dict_order_preserved
d = {}
for k in 'zyxabc':
    d[k] = ord(k)
del d['x']
d['x'] = 0
d['z'] = 'again'
print(list(d), d)
## dict_numeric_keys
d = {1: 'int'}
d[1.0] = 'float'
d[True] = 'bool'
print(d, len(d))
## dict_len_bool_contains
d = {'a': 1}
print(len(d), bool(d), bool({}), 'a' in d, 'b' in d, 1 in d, 'a' not in d)
check(lambda: [] in d)
## dict_compare
print({'a': 1} == {'a': 1}, {'a': 1} == {'a': 1.0}, {'a': 1} != {'a': 2}, {1: 2} == {2: 1}, {} == {})
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {'a': 1} == [('a', 1)])
check(lambda: {} < {})
check(lambda: {'a': 1} <= {'a': 1})
## dict_or
a = {'x': 1, 'y': 2}
b = {'y': 3, 'z': 4}
print(a | b, b | a, a)
c = a
a |= b
print(a, c is a)
a |= [('w', 0)]
print(a)
check(lambda: a | [('q', 1)])
def f():
    global a
    a |= 5
check(f)
## dict_constructor
print(dict(), dict(a=1, b=2), dict([('a', 1), ['b', 2]]), dict({'x': 1}, y=2), dict(zip('ab', range(2))))
print(dict(['xy', 'zw']), dict({}.items()), dict(((1, 2),), **{'k': 3}))
check(lambda: dict([(1, 2, 3)]))
check(lambda: dict([1]))
check(lambda: dict(1))
check(lambda: dict({}, {}))
check(lambda: dict(['abc']))
check(lambda: dict([(1,), (2, 3)]))
## dict_constructor_mapping
class M:
    def keys(self):
        return ['a', 'b']
    def __getitem__(self, k):
        return k.upper()
print(dict(M()), {**{'x': 1}, 'y': 2})
d = {}
d.update(M())
print(d)
## dict_get_setdefault
d = {'a': 1}
print(d.get('a'), d.get('b'), d.get('b', 0), d.setdefault('a', 5), d.setdefault('c', []), d.setdefault('d'), d)
check(lambda: d.get())
check(lambda: d.get(1, 2, 3))
check(lambda: d.setdefault())
check(lambda: d.get([]))
check(lambda: d.get('a', default=3))
## dict_pop_popitem
d = {'a': 1, 'b': 2, 'c': 3}
print(d.pop('a'), d.pop('zz', None), d.pop('zz', 7), d)
check(lambda: d.pop('zz'))
check(lambda: d.pop())
print(d.popitem(), d.popitem(), d)
check(lambda: d.popitem())
## dict_update
d = {'a': 1}
d.update({'b': 2})
d.update([('c', 3)])
d.update(d=4)
d.update({'a': 0}, e=5)
d.update()
print(d)
check(lambda: d.update(1))
check(lambda: d.update([1]))
check(lambda: d.update({}, {}))
check(lambda: d.update([('a', 1, 2)]))
## dict_copy_clear
d = {'a': [1]}
c = d.copy()
c['b'] = 2
c['a'].append(2)
print(d, c, c is d)
d.clear()
print(d, c)
## dict_fromkeys
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []), {}.fromkeys('x', 1))
v = dict.fromkeys('ab', [])
v['a'].append(1)
print(v)
check(lambda: dict.fromkeys())
check(lambda: dict.fromkeys(1))
class D(dict):
    pass
print(type(D.fromkeys('ab')).__name__, D.fromkeys('ab', 1))
## dict_keys_view
d = {'a': 1, 'b': 2}
k = d.keys()
print(k, len(k), 'a' in k, 'z' in k, list(k), type(k).__name__)
d['c'] = 3
print(k, sorted(k), list(reversed(k)))
## dict_values_items_views
d = {'a': 1, 'b': 2}
print(d.values(), d.items(), list(d.values()), list(d.items()))
print(1 in d.values(), 3 in d.values(), ('a', 1) in d.items(), ('a', 2) in d.items(), ('z', 1) in d.items(), 'a' in d.items())
print(list(reversed(d.values())), list(reversed(d.items())))
print(len(d.values()), len(d.items()), bool({}.items()))
## dict_view_set_ops
d = {'a': 1, 'b': 2, 'c': 3}
e = {'b': 0, 'c': 0, 'd': 0}
print(sorted(d.keys() & e.keys()), sorted(d.keys() | e.keys()), sorted(d.keys() - e.keys()), sorted(d.keys() ^ e.keys()))
print(sorted(d.keys() & {'a', 'z'}), sorted(d.keys() - ['a']), sorted(['a', 'q'] - d.keys()), sorted(d.keys() | ['q']))
print(d.keys() & set(), type(d.keys() | []).__name__)
print(sorted(d.items() & {('a', 1), ('b', 5)}), sorted(d.items() - {('a', 1)}))
check(lambda: d.keys() & 1)
check(lambda: d.values() & {1})
print(d.keys().isdisjoint(['x']), d.keys().isdisjoint(['a']), d.items().isdisjoint([('a', 1)]))
## dict_view_compare
d = {'a': 1, 'b': 2}
print(d.keys() == {'a', 'b'}, d.keys() == {'a'}, d.keys() < {'a', 'b', 'c'}, d.keys() <= {'a', 'b'}, d.keys() > {'a'})
print(d.items() == {('a', 1), ('b', 2)}, d.keys() == ['a', 'b'], d.values() == d.values(), d.keys() == d.keys())
print({'a', 'b'} == d.keys(), {'a'} < d.keys())
check(lambda: hash(d.keys()))
## dict_iteration_mutation
d = {'a': 1, 'b': 2}
def f():
    for k in d:
        d['new' + k] = 0
check(f)
print(d)
def g():
    for k in d:
        del d[k]
check(g)
def h():
    for k in list(d):
        if k.startswith('new'):
            del d[k]
h()
print(d)
for k in d:
    d[k] = d[k] * 10
print(d)
## dict_keys_changed_during_iteration
d = {'a': 1, 'b': 2}
def f():
    for k in d:
        del d['b']
        d['c'] = 3
check(f)
print(d)
## dict_view_mutation
d = {'a': 1}
def f():
    for k, v in d.items():
        d.pop(k)
check(f)
def g():
    for v in d.values():
        d['x'] = 1
check(g)
print(d)
## dict_iterators
d = {'a': 1, 'b': 2}
for it in (iter(d), iter(d.keys()), iter(d.values()), iter(d.items()), reversed(d), reversed(d.items())):
    print(type(it).__name__, list(it))
it = iter(d)
print(next(it), next(it), next(it, None))
## dict_unpack_iter
d = {'x': 1, 'y': 2}
for k, v in d.items():
    print(k, v)
a, b = d
print(a, b, *d, *d.values())
## dict_missing
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter(a=1)
print(c['a'], c['zz'], c, 'zz' in c, c.get('zz'))
class Auto(dict):
    def __missing__(self, key):
        self[key] = v = key * 2
        return v
a = Auto()
print(a['x'], a)
## dict_subclass_setitem_super
class Logged(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print('get', k)
        return super().__getitem__(k)
d = Logged()
d['a'] = 1
print(d['a'], d, dict.__getitem__(d, 'a'))
check(lambda: d['zz'])
## dict_subclass_init
class Config(dict):
    def __init__(self, base, **kw):
        super().__init__(base)
        self.update(kw)
print(Config({'a': 1}, b=2), Config([]))
class Plain(dict):
    pass
print(Plain(a=1), Plain([(1, 2)]), type(Plain(a=1) | {}).__name__)
## dict_methods_by_name
d = {}
dict.__setitem__(d, 'k', 1)
print(dict.__getitem__(d, 'k'), dict.__contains__(d, 'k'), dict.__len__(d), dict.get(d, 'k'))
dict.__delitem__(d, 'k')
print(d)
check(lambda: dict.__getitem__(d, 'k'))
check(lambda: dict.get([], 1))
## dict_nested
d = {'a': {'b': {'c': [1, 2]}}}
d['a']['b']['c'].append(3)
d['a']['x'] = (1,)
print(d, d['a']['b'])
## dict_comprehension_order
d = {k: v for k, v in zip('cab', range(3))}
print(d, {x % 3: x for x in range(10)})
## dict_unhashable_key_msgs
check(lambda: {}.get({}))
check(lambda: {{}: 1})
check(lambda: {}.setdefault([], 1))
check(lambda: {}.pop(set()))
## dict_key_equality_custom
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return isinstance(o, K) and self.v == o.v
    def __repr__(self):
        return 'K(%r)' % self.v
d = {K(1): 'one'}
d[K(1)] = 'uno'
print(d, d[K(1)], K(2) in d)
'''

SET = r'''
## set_repr
print(set(), {1}, {1, 2, 3}, frozenset(), frozenset({1}), {'a'}, {(1, 2)}, {None})
## set_order_ints
print({3, 1, 2}, set([10, 2, 18, 33]), {2, 10}, set([100, 5, 37, 64, 1, 9, 17]), {-1, -2, 5})
print(set(range(20, 0, -1)), {0.5, 1.5, 2.5}, {True, 0, 2}, {(1, 2), (3, 4), (0, 0)})
## set_order_after_ops
print({1, 2, 3} ^ {3, 4, 5}, {1, 2, 3} | {7, 8, 9, 0}, {5, 1, 9} & {9, 5, 7}, {8, 3, 1} - {3})
s = {1, 2, 3}
s.discard(2)
s.add(10)
print(s)
print(frozenset({3, 1}) | {2})
## set_pop_order
s = set(range(20, 0, -1))
print(s.pop(), s.pop(), len(s))
s = {42}
print(s.pop(), s)
check(lambda: s.pop())
## set_len_bool_contains
s = {1, 'a', (2,)}
print(len(s), bool(s), bool(set()), 1 in s, 'a' in s, (2,) in s, 2 in s, 1.0 in s, True in s)
check(lambda: [1] in s)
print({1} in {frozenset({1})}, set() in {frozenset()})
check(lambda: {1} in {1})
## set_add_discard_remove
s = set()
s.add(1)
s.add(1)
s.add('x')
s.discard(1)
s.discard(99)
print(s)
s.remove('x')
print(s)
check(lambda: s.remove('x'))
check(lambda: s.add([]))
check(lambda: s.add())
check(lambda: s.discard())
fs = {frozenset({1})}
fs.discard({1})
print(fs)
## set_keyerror_args
try:
    set().remove((1, 2))
except KeyError as e:
    print(e.args, e)
## set_compare
a = {1, 2}
print(a == {2, 1}, a != {1}, a < {1, 2, 3}, a <= {1, 2}, a < {1, 2}, a > {1}, a >= {1, 2}, a > {3})
print(a == frozenset({1, 2}), frozenset({1}) < a, a == [1, 2], {1} != [1])
check(lambda: a < [1, 2, 3])
check(lambda: a <= 1)
check(lambda: frozenset() > ())
## set_operators
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), sorted(b - a))
check(lambda: a | [1])
check(lambda: a & (1,))
check(lambda: a - 'x')
check(lambda: [1] | a)
## set_operator_types
fs = frozenset({1, 2})
s = {2, 3}
print(type(fs | s).__name__, type(s | fs).__name__, type(fs & s).__name__, type(s - fs).__name__, type(fs ^ s).__name__)
class S(set):
    pass
print(type(S({1}) | {2}).__name__, type(S({1}).copy()).__name__, S({1, 2}))
## set_inplace
a = {1, 2}
b = a
a |= {3}
a &= {1, 3, 4}
a -= {1}
a ^= {3, 9}
print(a, a is b)
fs = frozenset({1})
f2 = fs
fs |= {2}
print(sorted(fs), f2, fs is f2)
def f():
    global a
    a |= [1]
check(f)
## set_methods_multi
a = {1, 2, 3}
print(sorted(a.union([4], (5,), [9])), sorted(a.intersection([2, 3, 9], {3, 2})), sorted(a.difference([1], {2})))
print(sorted(a.symmetric_difference([3, 4])), a.union(), a.intersection(), a.difference(), a)
check(lambda: a.union(1))
check(lambda: a.symmetric_difference())
check(lambda: a.intersection([[]]))
check(lambda: a.difference([[]]))
## set_update_methods
a = {1, 2, 3}
a.update([4], [10, 11])
print(sorted(a, key=str))
a.intersection_update([1, 2, 10, 99], {1, 10, 2})
print(sorted(a, key=str))
a.difference_update([10], [2])
print(a)
a.symmetric_difference_update([1, 7])
print(a)
a.update()
print(a, a.update({8: 1}), a)
check(lambda: a.update(1))
## set_subset_methods
a = {1, 2}
print(a.issubset([1, 2, 3]), a.issubset([1]), a.issuperset([1]), a.issuperset((1, 5)), a.isdisjoint([3]), a.isdisjoint({2}))
print(set().issubset([]), a.issubset(a), a.isdisjoint(a), set().isdisjoint(set()))
check(lambda: a.issubset(1))
check(lambda: a.issubset())
## set_copy_clear
a = {1, 2}
b = a.copy()
b.add(3)
a.clear()
print(a, sorted(b))
fs = frozenset({1})
print(fs.copy() is fs)
## set_constructor
print(set([1, 1, 2]), set('aab') == {'a', 'b'}, set({'k': 1}), set(range(3)), set(x % 2 for x in range(5)))
check(lambda: set(1))
check(lambda: set(1, 2))
check(lambda: set(x=1))
check(lambda: set([[1]]))
print(frozenset([1, 1]), frozenset(), frozenset(range(2)))
check(lambda: frozenset(1))
check(lambda: frozenset(x=1))
fs = frozenset({1})
print(frozenset(fs) is fs)
## frozenset_hash
print(hash(frozenset({1, 2, 3})), hash(frozenset()), hash(frozenset({'a'})) == hash(frozenset(['a'])))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(frozenset({(1, 2), 3})))
check(lambda: hash({1}))
d = {frozenset({1, 2}): 'x'}
print(d[frozenset({2, 1})])
## frozenset_no_mutators
fs = frozenset({1})
check(lambda: fs.add(2))
check(lambda: fs.remove(1))
check(lambda: fs.update([1]))
## set_iteration_mutation
s = {1, 2, 3}
def f():
    for x in s:
        s.add(x + 10)
check(f)
def g():
    for x in s:
        s.discard(x)
check(g)
it = iter({1, 2})
print(type(it).__name__, sorted(it), list(it))
## set_iterator_types
print(type(iter(set())).__name__, type(iter(frozenset())).__name__)
## set_comprehension
print({x * x for x in range(-3, 4)}, {c for c in 'hello'} == set('hello'))
## set_unhashable_items
check(lambda: {[]})
check(lambda: {1, {}})
check(lambda: set([set()]))
## set_methods_by_name
s = set()
set.add(s, 1)
print(s, set.__contains__(s, 1), set.__len__(s), frozenset.union(frozenset({1}), [2]))
check(lambda: set.add(frozenset(), 1))
check(lambda: set.add([], 1))
## set_subclass_init
class Tags(set):
    def __init__(self, *tags):
        super().__init__(tags)
t = Tags('a', 'b')
t.add('c')
print(sorted(t), type(t).__name__, len(t))
## set_eq_mixed_numeric
print({1, 2} == {1.0, 2.0}, {True} == {1}, {0} == {False}, len({1, 1.0, True}))
'''

RANGE_SLICE = r'''
## range_repr
print(range(5), range(0, 10, 2), range(3, -3, -1), range(0), range(1, 2, 1), range(-5))
## range_len_bool
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(5, 5)), len(range(5, 0)), bool(range(0)), bool(range(1)))
## range_index
r = range(0, 20, 3)
print(r[0], r[-1], r[2], r[-7], r[True])
check(lambda: r[7])
check(lambda: r[-8])
check(lambda: r['a'])
check(lambda: r[1.0])
## range_slice
r = range(0, 20, 3)
print(r[1:3], r[::2], r[::-1], r[-2:], r[5:1:-2], r[100:], r[:0])
print(range(10)[::-1], range(10)[2:100], list(range(10)[::-3]), range(5)[::-1][1:3])
check(lambda: r[::0])
## range_contains
r = range(0, 20, 3)
print(3 in r, 4 in r, 18 in r, 21 in r, -3 in r, 3.0 in r, 'a' in r, True in range(2), 6 not in r)
print(5 in range(10, 0, -5), 0 in range(10, 0, -5), 10 in range(10, 0, -5))
## range_iter
print(list(range(3)), list(range(3, 0, -1)), list(range(0, 10, 4)), list(range(-3)), [x for x in range(2, 5)])
it = iter(range(2))
print(type(it).__name__, next(it), next(it), next(it, 'end'))
print(list(reversed(range(1, 10, 3))), type(reversed(range(3))).__name__, list(reversed(range(0))))
## range_eq_hash
print(range(0) == range(5, 5), range(1, 2) == range(1, 3, 5), range(0, 10, 2) == range(0, 9, 2), range(3) == range(4), range(3) != range(3))
print(range(3) == [0, 1, 2], hash(range(3)) == hash(range(0, 3, 1)), hash(range(1, 2)) == hash(range(1, 3, 5)))
check(lambda: range(3) < range(4))
## range_constructor_errors
check(lambda: range())
check(lambda: range(1, 2, 3, 4))
check(lambda: range(1.5))
check(lambda: range('a'))
check(lambda: range(1, 2, 0))
check(lambda: range(x=1))
check(lambda: range(0, 5, None))
print(range(True), range(False, 3))
## range_attributes
r = range(1, 10, 2)
print(r.start, r.stop, r.step, range(5).start, range(5).step)
check(lambda: r.foo)
## range_slice_readonly_dir
r = range(1, 5)
def f():
    r.start = 3
check(f)
def g():
    slice(1).stop = 2
check(g)
def h():
    r.other = 1
check(h)
print([n for n in dir(r) if not n.startswith('_')], [n for n in dir(slice(1)) if not n.startswith('_')])
## dir_instances_full
class A:
    def f(self):
        pass
print(dir(A()))
print(dir(object()))
print([n for n in dir([]) if n not in dir(object())])
## range_count_index
r = range(0, 10, 2)
print(r.count(4), r.count(5), r.count(4.0), r.index(6), r.index(True) if True in r else 'n', range(10, 0, -2).index(4))
check(lambda: r.index(5))
check(lambda: r.index('a'))
check(lambda: r.count())
## range_negative_step
print(list(range(10, -10, -7)), list(range(-1, -5, -1)), range(10, -10, -7)[2], len(range(10, -11, -7)))
## range_large
r = range(0, 10 ** 12, 7)
print(len(r), r[-1], 10 ** 12 - 5 in r, r[10 ** 9], r[::10 ** 6][3])
## range_unpack_sum
a, b, c = range(3)
print(a, b, c, sum(range(101)), max(range(5)), sorted(range(3), reverse=True))
## slice_repr_attrs
s = slice(1, 10, 2)
print(s, slice(5), slice(None, 3), slice('a', None, []), s.start, s.stop, s.step, slice(3).start)
## slice_indices
print(slice(1, 10, 2).indices(5), slice(None).indices(3), slice(None, None, -1).indices(4), slice(-100, 100).indices(10))
print(slice(-3, None).indices(10), slice(5, 1, -1).indices(3))
check(lambda: slice(1, 2, 0).indices(5))
check(lambda: slice(1, 2).indices(-1))
check(lambda: slice(1, 2).indices('a'))
check(lambda: slice('a').indices(3))
## slice_constructor_compare
check(lambda: slice())
check(lambda: slice(1, 2, 3, 4))
check(lambda: slice(x=1))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) < slice(1, 3), slice(1) != slice(2))
check(lambda: hash(slice(1)))
## slice_objects_index
a = list(range(10))
s = slice(2, 8, 3)
print(a[s], tuple(a)[s], 'abcdefghij'[s], range(10)[s])
a[s] = ['x', 'y']
print(a)
del a[slice(None, None, 2)]
print(a)
## slice_index_objects
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
a = list(range(10))
print(a[I(2):I(5)], a[I(-1)], (1, 2, 3)[I(1)], range(10)[I(3)], a[::I(4)])
check(lambda: a[I(20)])
'''

CONTAINER_CASES = _cases(TUPLE) + _cases(LIST) + _cases(DICT) + _cases(SET) + _cases(RANGE_SLICE)

ITER = r'''
## print_basic
print()
print(1, 'a', None, [1], (2,), {3: 4})
print('a', 'b', sep='')
print('a', 'b', sep='--', end='!\n')
print('x', end='')
print('y')
print(sep=None, end=None)
print(1, 2, sep=None, end=None)
## print_errors
check(lambda: print(sep=1))
check(lambda: print(end=1))
check(lambda: print(1, file=1))
check(lambda: print(foo=1))
## print_file
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        self.parts.append('<flush>')
w = W()
print('hello', 'world', file=w)
print('x', file=w, end='', flush=True)
print(w.parts)
print('ok', file=None)
## print_str_conversion
class A:
    def __str__(self):
        return 'A-str'
    def __repr__(self):
        return 'A-repr'
print(A(), [A()], str(A()), repr(A()))
class Bad:
    def __str__(self):
        raise ValueError('no str')
check(lambda: print('before', Bad()))
## len_builtin
print(len([1, 2]), len('abc'), len({}), len(set()), len(range(4)), len((1,)), len({'a': 1}.keys()))
check(lambda: len(1))
check(lambda: len())
check(lambda: len([], []))
class L:
    def __len__(self):
        return 3
print(len(L()))
## enumerate_basic
print(list(enumerate('abc')), list(enumerate('ab', 5)), list(enumerate([], 1)), list(enumerate('x', start=-2)))
e = enumerate(['a', 'b'])
print(type(e).__name__, next(e), next(e), next(e, 'end'))
for i, (a, b) in enumerate([(1, 2), (3, 4)], 1):
    print(i, a, b)
## enumerate_errors
check(lambda: enumerate())
check(lambda: enumerate(1))
check(lambda: enumerate([], 'a'))
check(lambda: enumerate([], 1, 2))
check(lambda: enumerate(iterable=[1], start=3).__next__())
check(lambda: enumerate([], foo=1))
## zip_basic
print(list(zip('abc', [1, 2, 3])), list(zip('ab', range(10))), list(zip()), list(zip([1])), list(zip('a', 'b', 'c')))
z = zip([1], [2])
print(type(z).__name__, next(z), next(z, None))
a, b = zip(*[(1, 2), (3, 4), (5, 6)])
print(a, b)
print(dict(zip(['k1', 'k2'], [1, 2])))
## zip_strict
print(list(zip([1, 2], 'ab', strict=True)))
check(lambda: list(zip([1, 2], [1], strict=True)))
check(lambda: list(zip([1], [1, 2], strict=True)))
check(lambda: list(zip([1, 2], [1, 2], [1], strict=True)))
check(lambda: list(zip([1], [1], [1, 2], strict=True)))
check(lambda: list(zip([], [1], [], strict=True)))
check(lambda: zip(1))
check(lambda: zip([], foo=1))
## zip_lazy_consumption
it = iter([1, 2, 3, 4])
print(list(zip(it, 'ab')), list(it))
## map_basic
print(list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(len, [])))
m = map(abs, [-1])
print(type(m).__name__, next(m), next(m, 'end'))
print(list(map(pow, [2, 3], [3, 2])))
## map_errors
check(lambda: map())
check(lambda: map(len))
check(lambda: map(len, 1))
check(lambda: list(map(len, [1])))
check(lambda: map(len, [], x=1))
## filter_basic
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(lambda x: x % 2, range(7))), list(filter(str.isdigit, 'a1b2')))
f = filter(None, [0, 5])
print(type(f).__name__, next(f), next(f, 'end'))
## filter_errors
check(lambda: filter())
check(lambda: filter(None))
check(lambda: filter(None, 1))
check(lambda: list(filter(len, [1])))
## sorted_basic
print(sorted([3, 1, 2]), sorted('bca'), sorted((3, 1)), sorted({'b': 1, 'a': 2}), sorted({3, 1, 2}), sorted([]))
print(sorted([3, 1, 2], reverse=True), sorted(['aa', 'b', 'ccc'], key=len), sorted(['aa', 'b', 'ccc'], key=len, reverse=True))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted([-3, 2, -1], key=abs), sorted(range(5), key=lambda x: -x))
a = [2, 1]
b = sorted(a)
print(a, b, a is b)
## sorted_errors
check(lambda: sorted())
check(lambda: sorted(1))
check(lambda: sorted([], 1))
check(lambda: sorted([], foo=1))
check(lambda: sorted([1, 'a']))
check(lambda: sorted([1, 2], key=lambda x: 1 / (x - 1)))
check(lambda: sorted(iterable=[1]))
## reversed_basic
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(3))), list(reversed({'a': 1, 'b': 2})))
r = reversed((1, 2))
print(type(r).__name__, next(r), next(r), next(r, 'end'))
print(type(reversed('ab')).__name__, type(reversed([])).__name__)
## reversed_protocols
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
class Rev:
    def __reversed__(self):
        return iter('zyx')
print(list(reversed(Seq())), list(reversed(Rev())))
class NoRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
check(lambda: reversed(NoRev()))
## reversed_errors
check(lambda: reversed(1))
check(lambda: reversed({1}))
check(lambda: reversed())
check(lambda: reversed([], []))
check(lambda: reversed(x for x in []))
check(lambda: reversed({}.items()) and 'ok')
## min_max_basic
print(max([1, 3, 2]), min([1, 3, 2]), max(1, 5, 3), min('b', 'a'), max('abc'), min((4, 2)), max({1: 0, 5: 0}))
print(max([1, 2], key=lambda x: -x), min(['aa', 'b'], key=len), max('a', 'bb', key=len), max([], default=0), min([], default=None))
print(max([3], default=0), max([1, 1.0]), max([1.0, 1]), min([0, False]), max([(1, 'a'), (1, 'b')]))
## min_max_ties
pairs = [(1, 'first'), (3, 'x'), (3, 'second-max'), (1, 'second-min')]
print(max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: p[0]))
## min_max_errors
check(lambda: max())
check(lambda: min())
check(lambda: max(1))
check(lambda: max([]))
check(lambda: min([]))
check(lambda: max(1, 2, default=3))
check(lambda: max([1, 'a']))
check(lambda: min([1, 'a']))
check(lambda: max([], default=1, key=len, foo=2))
check(lambda: max([1], foo=2))
check(lambda: max([1, 2], key=5))
check(lambda: min(x for x in ()))
## sum_basic
print(sum([1, 2, 3]), sum([]), sum([], 5), sum([1.5, 2]), sum([[1], [2]], []), sum(((1,), (2,)), ()), sum(range(10), start=100))
print(sum([0.1] * 10), sum([True, True, 3]), sum([1e100, 1, -1e100]), sum(x * x for x in range(4)))
## sum_errors
check(lambda: sum())
check(lambda: sum(['a', 'b'], ''))
check(lambda: sum([1, 'a']))
check(lambda: sum(1))
check(lambda: sum([1], 1, 2))
check(lambda: sum([1], start=1, x=2))
check(lambda: sum([[1]]))
## any_all
print(any([]), all([]), any([0, '', None]), any([0, 2]), all([1, 'a']), all([1, 0]), any(x > 2 for x in range(5)), all(x < 5 for x in range(5)))
check(lambda: any(1))
check(lambda: all())
check(lambda: any([], []))
def gen():
    yield 1
    print('second pulled')
    yield 0
print(any(gen()))
print(all(gen()))
## iter_basic
it = iter([1, 2])
print(type(it).__name__, next(it), next(it))
check(lambda: next(it))
print(iter(it) is it)
check(lambda: iter())
check(lambda: iter(1))
check(lambda: iter(1, 2))
check(lambda: iter([], 1, 2))
## iter_callable_sentinel
vals = iter([3, 2, 1, 0, 5])
it = iter(lambda: next(vals), 0)
print(type(it).__name__, list(it), list(it), next(vals))
n = [0]
def counter():
    n[0] += 1
    if n[0] > 3:
        raise StopIteration
    return n[0]
print(list(iter(counter, None)))
## next_basic
it = iter('ab')
print(next(it), next(it), next(it, 'dflt'), next(it, None))
check(lambda: next([]))
check(lambda: next())
check(lambda: next(iter([])))
check(lambda: next(1, 2))
def gen():
    yield 1
    return 'retval'
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('stop', e.value, e.args)
print(next(g, 'after'))
## next_user_iterator
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration('done')
        self.n -= 1
        return self.n
c = Countdown(2)
print(next(c), next(c), next(c, 'x'))
try:
    next(c)
except StopIteration as e:
    print(repr(e))
print(list(Countdown(3)))
## iterator_dunder_methods
it = iter([1, 2])
print(it.__next__(), it.__iter__() is it, next(it))
check(lambda: it.__next__())
e = enumerate('a')
print(e.__next__(), e.__iter__() is e)
z = zip('a', 'b')
print(z.__next__())
for obj in (iter(()), iter(range(1)), iter({}), iter(set()), reversed([]), map(len, []), filter(None, [])):
    print(type(obj).__name__, obj.__iter__() is obj)
## iterator_reprs
def r(o):
    return repr(o).split(' at 0x')[0]
d = {'a': 1}
for o in (iter([]), iter(()), iter(range(1)), iter(d), iter(d.values()), iter(d.items()), reversed(d), iter(set()), enumerate([]), zip(), map(len, []), filter(None, []), reversed([]), reversed(()), iter(len, 1)):
    print(r(o))
print(enumerate, zip, map, filter, reversed)
## builtin_types_isinstance
print(isinstance(enumerate([]), enumerate), type(zip()) is zip, isinstance(map(len, []), map))
class E(enumerate):
    pass
print(isinstance(E([]), enumerate))
## isinstance_basic
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)), isinstance('a', (int, (list, str))))
print(isinstance([], list), isinstance({}, dict), isinstance(None, type(None)), isinstance(int, type), isinstance(1, object), isinstance(1, ()))
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(B(), (int, A)))
## isinstance_errors
check(lambda: isinstance(1, 1))
check(lambda: isinstance(1, (int, 1)))
check(lambda: isinstance(1))
check(lambda: isinstance(1, [int]))
print(isinstance(1, (int, 1)))
## issubclass_basic
class A: pass
class B(A): pass
print(issubclass(B, A), issubclass(A, B), issubclass(A, A), issubclass(bool, int), issubclass(B, (int, A)), issubclass(int, object))
check(lambda: issubclass(1, int))
check(lambda: issubclass(int, 1))
check(lambda: issubclass(B(), A))
check(lambda: issubclass(int))
## getattr_family
class O:
    x = 1
o = O()
o.y = 2
print(getattr(o, 'x'), getattr(o, 'y'), getattr(o, 'z', 'dflt'), hasattr(o, 'x'), hasattr(o, 'nope'))
setattr(o, 'z', 3)
print(o.z, getattr(o, 'z'))
delattr(o, 'z')
print(hasattr(o, 'z'))
check(lambda: getattr(o, 'nope'))
check(lambda: getattr(o, 1))
check(lambda: getattr(o))
check(lambda: hasattr(o, 2))
check(lambda: setattr(o, 1, 2))
check(lambda: delattr(o, 'nope'))
check(lambda: setattr(1, 'x', 2))
print(getattr([], 'append').__name__, getattr(1, 'real', None))
## getattr_property_error
class P:
    @property
    def bad(self):
        raise ValueError('inside')
    @property
    def missing(self):
        raise AttributeError('really missing')
p = P()
check(lambda: getattr(p, 'bad', 0))
print(getattr(p, 'missing', 'fallback'), hasattr(p, 'missing'))
check(lambda: hasattr(p, 'bad'))
## callable_builtin
class C:
    def __call__(self):
        return 1
def f(): pass
print(callable(f), callable(len), callable(C), callable(C()), callable(1), callable('s'), callable(lambda: 0), callable([].append))
check(lambda: callable())
## id_builtin
a = []
b = a
c = []
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__, id(a) > 0, id(1) == id(1), id(None) == id(None))
check(lambda: id())
## vars_builtin
class V:
    def __init__(self):
        self.a = 1
        self.b = 2
print(vars(V()))
check(lambda: vars(1))
check(lambda: vars(1, 2))
## dir_builtin
class D:
    cls_attr = 1
    def method(self):
        pass
d = D()
d.inst = 2
print([n for n in dir(d) if not n.startswith('__')], [n for n in dir(D) if not n.startswith('__')])
class Custom:
    def __dir__(self):
        return ['b', 'a', 'c']
print(dir(Custom()))
def f():
    x = 1
    y = 2
    return dir()
print(f())
check(lambda: dir(1, 2))
## globals_locals
g = 5
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
print('g' in globals(), globals()['g'], globals() is globals(), locals() is globals())
def outer():
    v = 1
    def inner():
        w = v
        return locals()
    return inner()
print(outer())
class K:
    attr = 1
    keys = sorted(k for k in locals() if not k.startswith('__'))
print(K.keys)
## locals_snapshot_order
def f(x, y):
    z = x + y
    del x
    return locals()
print(f(1, 2))
'''

ITER_CASES = _cases(ITER)

MORE_CONTAINERS = r'''
## method_keyword_errors
check(lambda: {}.get(1, default=2))
check(lambda: {}.setdefault(1, default=2))
check(lambda: {}.pop(1, default=2))
check(lambda: dict.fromkeys([], value=1))
check(lambda: [].insert(0, object=1))
check(lambda: [].pop(index=0))
check(lambda: [].index(1, start=0))
check(lambda: ().index(1, start=0))
check(lambda: set().update(x=1))
check(lambda: set().union(x=1))
check(lambda: frozenset().union(x=1))
check(lambda: range(0).count(x=1))
check(lambda: [].append(object=1))
check(lambda: slice(1, x=2))
check(lambda: tuple(x=1))
check(lambda: frozenset(x=1))
check(lambda: set(x=1))
check(lambda: {}.keys().isdisjoint([], x=1))
## slot_dunders_by_name
print(list.__add__([1], [2]), [1].__mul__(2), [1].__rmul__(3), tuple.__add__((1,), (2,)), (1,).__eq__((1,)), [1].__lt__([2]))
print([1].__eq__((1,)), {1}.__or__({2}), {1, 2}.__and__({2}), {1}.__ror__({3}), {'a': 1}.__or__({'b': 2}), frozenset({1}).__sub__({1}))
print(list.__hash__, dict.__hash__, set.__hash__, tuple.__hash__((1, 2)) == hash((1, 2)), range.__eq__(range(2), range(0, 2)))
print(dict.__repr__({'a': [1]}), list.__repr__([1, 'x']), set.__repr__({1}), hasattr([], '__radd__'), hasattr([], '__rmul__'))
a = [1]
print(a.__iadd__([2]) is a, a, {1}.__ixor__({1, 2}))
check(lambda: list.__add__((1,), [2]))
check(lambda: list.__add__([1]))
check(lambda: list.__len__((1,)))
check(lambda: list.__len__([], 1))
check(lambda: list.__getitem__((1,), 0))
check(lambda: dict.__contains__([], 1))
check(lambda: set.__contains__([], 1))
check(lambda: tuple.__contains__([], 1))
check(lambda: list.__setitem__([1], 0))
class MyList(list):
    def __repr__(self):
        return 'MyList(' + list.__repr__(self) + ')'
    def __eq__(self, other):
        print('eq')
        return super().__eq__(other)
    __hash__ = None
m = MyList([1, 2])
print(m, m == [1, 2], repr(m))
check(lambda: hash(m))
class D(dict):
    def __repr__(self):
        return 'D' + super().__repr__()
print(D(a=1), [D()])
## generic_alias
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], list[None], set[int], frozenset[str])
print(type(list[int]), list[int] == list[int], list[int] != list[str], list[int].__origin__, list[int].__args__)
print(list[int]([1, 2]), dict[str, int](a=1), hash(list[int]) == hash(list[int]))
check(lambda: isinstance([], list[int]))
print(isinstance([], list))
## tuple_large_and_nested
t = tuple(range(100))
print(len(t), t[50:55], sum(t), t.index(99), t.count(5), t[-1], (t + t)[150])
n = ((1, 2), (3, (4, (5,))))
print(n[1][1][1][0], n, len(n))
## tuple_compare_mixed_lengths
print(sorted([(2, 'a'), (1,), (1, 'b'), (), (1, 'a', 0)]))
print(max([(1, 2), (1, 2, 3), (0, 9)]), min([(3,), (2, 5), (2,)]))
## tuple_hash_values
for t in [(), (0,), (1, 2, 3), ('x',) * 0, (None,) * 0, (1.5,), (-1,), (2 ** 40, -2 ** 40), ((1, 2), (3,)), (True, False)]:
    print(hash(t) if t == () or not any(isinstance(x, str) for x in t) else 'skip')
## tuple_iter_exhaust
it = iter((1,))
print(list(it), list(it), next(it, 'x'))
## list_sort_numeric_mixed
print(sorted([3, 1.5, True, 2, 0.5, False]), sorted([-1, -1.0, 0, -0.5]))
## list_sort_strings
print(sorted(['b', 'B', 'a', 'A', 'aa', '', 'ab']), sorted(['b', 'B', 'a'], key=str.lower), sorted('hello'))
## list_sort_tuples_keys
recs = [('bob', 25), ('alice', 30), ('carol', 25), ('dave', 30), ('eve', 22)]
print(sorted(recs, key=lambda r: (-r[1], r[0])))
print(sorted(recs, key=lambda r: r[1]))
recs.sort(key=lambda r: r[0], reverse=True)
print(recs)
## list_sort_reverse_stability
data = [(1, 'a'), (2, 'b'), (1, 'c'), (2, 'd'), (1, 'e')]
print(sorted(data, key=lambda x: x[0], reverse=True))
data.sort(key=lambda x: x[0], reverse=True)
print(data)
## list_sort_already_sorted_and_reversed
a = list(range(100))
a.sort()
print(a[:3], a[-3:])
a.sort(reverse=True)
print(a[:3], a[-3:])
b = list(range(100, 0, -1))
b.sort()
print(b[:3], b[-3:])
## list_sort_many_equal
a = [5, 3] * 50 + [4] * 30
a.sort()
print(a[::20], len(a))
## list_sort_key_called_once
calls = []
def k(x):
    calls.append(x)
    return -x
a = [3, 1, 2]
a.sort(key=k)
print(a, calls)
## list_sort_none_key
a = [2, 1]
a.sort(key=None)
print(a, sorted([2, 1], key=None))
## list_sort_lt_only
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return 'V(%d)' % self.v
print(sorted([V(3), V(1), V(2)]), max([V(3), V(1)], key=lambda v: v.v), min([V(3), V(1)]))
## list_sort_gt_reflected
class G:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        return self.v > o.v
    def __repr__(self):
        return 'G(%d)' % self.v
print(sorted([G(2), G(1)]))
## list_negative_index_assign
a = [1, 2, 3]
a[-1] += 10
a[0] -= 1
print(a)
a[-3:] = [9]
print(a)
## list_slice_step_negative_assign
a = list(range(6))
a[4:0:-2] = ['x', 'y']
print(a)
a[::-1] = range(6)
print(a)
## list_of_lists_copy
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
shallow = grid.copy()
shallow[1][2] = 7
print(grid, shallow is grid, shallow[0] is grid[0])
## list_comprehension_nested
print([[i * j for j in range(3)] for i in range(3)], [x for row in [[1, 2], [3]] for x in row if x != 2])
## list_bool_len
print(bool([]), bool([0]), len([[]]), not [], [] or 'empty', [1] and 'full')
## list_insert_negative
a = [1, 2, 3]
a.insert(-1, 'x')
a.insert(-10, 'y')
a.insert(1, 'z')
print(a)
## list_pop_index_types
a = [1, 2, 3, 4]
print(a.pop(True), a.pop(-True), a)
## list_extend_self_and_iters
a = [1, 2]
a.extend(a)
a.extend(range(2))
a.extend({'k': 0})
a.extend(iter([9]))
print(a)
## list_remove_first_only
a = ['x', 'y', 'x']
a.remove('x')
print(a, a.count('x'))
## list_index_equal_types
a = [1, 2.0, True, 'a']
print(a.index(1.0), a.index(2), a.index(True), 1 in a, 'a' in a)
## list_iadd_alias_effect
a = [1]
b = a
a = a + [2]
print(a, b)
c = b
b += [3]
print(b, c)
## list_mul_nested_alias
m = [[0] * 2] * 2
m[0][0] = 1
print(m)
## list_clear_while_iter
a = [1, 2, 3]
out = []
for x in a:
    out.append(x)
    a.clear()
print(out, a)
## list_reversed_modify
a = [1, 2, 3]
r = reversed(a)
a.append(4)
print(list(r))
## list_repr_special_floats
print([1.0, -0.0, float('inf'), float('nan'), 1e20, 0.1, 1 / 3])
## list_repr_strings
print(['a', "b'c", 'd"e', 'tab\there', 'nl\n', '\\'])
## dict_repr_nested_types
print({'t': (1,), 'l': [], 's': set(), 'f': frozenset({1}), 'r': range(2), 'n': None, 'b': True, 'x': 1.5})
## dict_int_keys_order
d = {3: 'c', 1: 'a', 2: 'b'}
d[0] = 'z'
print(d, list(d.keys()), sorted(d))
## dict_update_overwrite_order
d = {'a': 1, 'b': 2}
d.update({'a': 3, 'c': 4})
print(d)
d.update([('b', 5)], a=6)
print(d)
## dict_delete_reinsert
d = dict.fromkeys('abc', 0)
del d['a']
d['a'] = 1
print(d, list(d))
## dict_pop_reinsert_order
d = {'x': 1, 'y': 2, 'z': 3}
d['y'] = d.pop('y')
print(d)
## dict_setdefault_list_pattern
groups = {}
for w in ['apple', 'avocado', 'banana', 'cherry', 'blueberry']:
    groups.setdefault(w[0], []).append(w)
print(groups)
## dict_get_counter_pattern
counts = {}
for c in 'mississippi':
    counts[c] = counts.get(c, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
## dict_items_unpack_sorted
d = {'b': 2, 'a': 1, 'c': 3}
for k, v in sorted(d.items()):
    print(k, v, end='; ')
print()
print(sorted(d, key=d.get, reverse=True), dict(sorted(d.items(), key=lambda kv: kv[1])))
## dict_from_kwargs_and_zip
keys = ['x', 'y']
print(dict(zip(keys, [1, 2]), z=3), {**dict(a=1), **{'b': 2}})
## dict_len_after_ops
d = {}
for i in range(100):
    d[i] = i * i
for i in range(0, 100, 2):
    del d[i]
print(len(d), d[99], sum(d.values()), list(d)[:5])
## dict_view_live
d = {'a': 1}
k, v, i = d.keys(), d.values(), d.items()
d['b'] = 2
del d['a']
print(k, v, i, len(k))
## dict_view_iter_types
d = {'a': 1}
print(type(iter(d.keys())).__name__, type(iter(d.values())).__name__, type(iter(d.items())).__name__)
print(type(reversed(d.keys())).__name__, type(reversed(d.values())).__name__, type(reversed(d.items())).__name__)
## dict_values_not_setlike
d = {'a': 1}
check(lambda: d.values() | d.values())
check(lambda: d.values() - {1})
print(d.values() == d.values())
## dict_items_in_loop_modify_value
d = {'a': 1, 'b': 2}
for k, v in d.items():
    d[k] = v * 100
print(d)
## dict_copy_independent
a = {'k': [1]}
b = dict(a)
c = a.copy()
b['k2'] = 2
print(a, b, c, a == c, b['k'] is a['k'])
## dict_bool_keys
d = {True: 'yes', 0: 'zero'}
print(d[1], d[False], d)
## dict_none_key
d = {None: 1}
print(d[None], None in d, d.get(None), d)
## dict_tuple_keys_grid
grid = {(x, y): x * y for x in range(2) for y in range(2)}
print(grid, grid[(1, 1)], grid[1, 0])
## dict_fromkeys_order_dedupe
print(list(dict.fromkeys([3, 1, 3, 2, 1])))
## dict_popitem_lifo
d = {}
for c in 'abc':
    d[c] = ord(c)
print(d.popitem(), d.popitem(), d)
d['z'] = 0
print(d.popitem(), d)
## dict_eq_order_insensitive
print({1: 'a', 2: 'b'} == {2: 'b', 1: 'a'}, list({1: 'a', 2: 'b'}) == list({2: 'b', 1: 'a'}))
## dict_clear_iter_error
d = {'a': 1}
def f():
    for k in d:
        d.clear()
check(f)
print(d)
## dict_or_order
print({'a': 1, 'b': 2} | {'b': 3, 'c': 4}, {'x': 1} | {}, {} | {'y': 2})
## dict_class_getitem_usage
from_type = dict[str, int]
print(from_type, from_type(x=1))
## set_order_strings_len
s = {'apple', 'banana'}
print(len(s), sorted(s), 'apple' in s)
## set_small_int_orders
print({5, 3, 1}, set([8, 0, 16, 24]), set([7, 15, 23]) | {31}, set(range(10, 0, -1)))
print({-5, -3, 0, 3, 5}, set([1, 9, 17, 25, 33, 41]), set(x * 8 for x in range(6)))
## set_order_with_removals
s = set()
for i in [5, 3, 9, 1]:
    s.add(i)
s.discard(3)
print(s, s.pop(), s)
s = {1, 2, 3}
s.remove(2)
s.add(10)
print(s)
s = set(range(0, 40, 8))
s.discard(8)
s.add(48)
s.add(8)
print(s, list(s))
w = {3, 11}
out = []
while w:
    x = w.pop()
    out.append(x)
    if x < 40:
        w.add(x + 8)
        w.add(x * 3)
print(out[:30], len(out))
## set_pop_sequence
s = set([30, 10, 20, 5, 15])
order = []
while s:
    order.append(s.pop())
print(order)
## set_difference_update_self
s = {1, 2}
s -= s
print(s)
t = {1, 2}
t ^= t
print(t)
u = {1, 2}
u &= u
print(u)
## set_ops_with_dict_and_views
d = {1: 'a', 2: 'b'}
s = {2, 3}
print(s.union(d), s.intersection(d), s.difference(d), s.symmetric_difference(d), s.issubset(d.keys() | {3}))
print(s | d.keys(), d.keys() & s, s - d.keys())
## set_update_generators
s = set()
s.update(x for x in range(3))
s |= set(range(2, 5))
print(s)
## set_in_operator_types
s = {1, 2.5, 'a', (1, 2), frozenset({1})}
print(2.5 in s, 1.0 in s, (1, 2) in s, frozenset([1]) in s, {1} in s)
## set_min_max_sum
s = {4, 1, 7}
print(min(s), max(s), sum(s), sorted(s), len(s))
## set_equality_with_frozenset_keys
d = {frozenset({1, 2}): 'a'}
print(d.get(frozenset({2, 1})), frozenset({1, 2}) == {1, 2}, {frozenset(): 0})
## frozenset_repr_order
print(frozenset([3, 1, 2]), frozenset('a'), frozenset([(1, 2)]), repr(frozenset()))
## set_subclass_repr
class S(set):
    pass
class F(frozenset):
    pass
print(S(), S([1]), F(), F([2]), type(F([2]) | {3}).__name__)
## set_comparisons_chain
a, b, c = {1}, {1, 2}, {1, 2, 3}
print(a < b < c, a <= a, c > b > a, not (b < a), a == {1} != b)
## range_in_loops
total = 0
for i in range(10, 0, -2):
    total += i
print(total, list(range(0)), list(range(-2, 2)), [i for i in range(3) if i])
## range_bool_index_edge
r = range(5)
print(r[-1], r[0], r[4], r[-5])
check(lambda: r[5])
check(lambda: range(0)[0])
## range_slice_repr_cases
r = range(10)
print(r[::2], r[1::2], r[::-2], r[-1:-4:-1], r[3:3], r[:100:30], range(0, 10, 3)[::-1])
## range_contains_custom_eq
class AnyEq:
    def __eq__(self, o):
        return o == 3
print(AnyEq() in range(5), AnyEq() in range(3))
## range_len_big_steps
print(len(range(0, 100, 7)), len(range(100, 0, -7)), len(range(-10, 10, 3)), len(range(10, -10, 3)))
## range_index_count_neg_step
r = range(20, 0, -3)
print(list(r), r.index(14), r.count(14), r.count(15), 11 in r, 12 in r)
## slice_on_strings_and_tuples
s = 'abcdefgh'
print(s[1:6:2], s[::-1], s[-3:], s[100:], s[:-100], (1, 2, 3)[::-1], s[slice(2, None)])
## slice_step_clamp
a = list(range(5))
print(a[::100], a[::-100], a[-100::-1], a[100::-1], a[2:100:2])
## slice_attrs_none
s = slice(None)
print(s.start, s.stop, s.step, slice(1, None).stop, s == slice(None, None, None))
'''

MORE_ITER = r'''
## print_sys_stdout_redirect
import sys
class Cap:
    def __init__(self):
        self.buf = []
    def write(self, s):
        self.buf.append(s)
c = Cap()
old = sys.stdout
sys.stdout = c
print('captured', 1)
print('second', end='')
sys.stdout = old
print(c.buf)
sys.stdout = None
print('nothing')
sys.stdout = sys.__stdout__
print('back', file=sys.stdout)
print('stderr', file=sys.stderr)
## print_sep_end_combos
print(1, 2, 3, sep=', ', end='.\n')
print(*[1, 2], sep='')
print(*'abc', sep='|')
print('a', 'b', end='')
print(' after')
print('x', sep='unused')
print(*[])
## print_nested_containers
print([1, [2, (3, {4: {5}})]], (), [()], {(): []})
## print_bool_none_floats
print(True, False, None, 1.0, 2.5e-10, -0.0, 1e16, 123456789.123)
## print_returns_none
r = print('hi')
print(r)
## print_many_args
print(*range(20))
## len_views_and_iter_error
d = {'a': 1, 'b': 2}
print(len(d.keys()), len(d.values()), len(d.items()), len(range(0, 100, 3)), len(''))
check(lambda: len(iter([])))
check(lambda: len(x for x in []))
check(lambda: len(5.0))
check(lambda: len(None))
## len_dunder_errors
class Neg:
    def __len__(self):
        return -1
class Big:
    def __len__(self):
        return 'x'
check(lambda: len(Neg()))
check(lambda: len(Big()))
## enumerate_nested_unpack
for i, (k, v) in enumerate(sorted({'b': 2, 'a': 1}.items())):
    print(i, k, v)
print(dict(enumerate('ab')), list(enumerate(range(3), start=10)))
## enumerate_generator_lazy
def gen():
    for x in 'ab':
        print('yield', x)
        yield x
e = enumerate(gen())
print('created')
print(next(e))
print(list(e))
## zip_uneven_and_dict
print(list(zip([1, 2, 3], 'ab')), dict(zip('abc', range(3))), list(zip(*['ab', 'cd'])))
m = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*m)])
## zip_strict_ok_and_lazy_error
z = zip([1, 2], [3], strict=True)
print(next(z))
check(lambda: next(z))
## map_multiple_lazy
def noisy(x):
    print('call', x)
    return x * 2
m = map(noisy, [1, 2, 3])
print('created')
print(next(m), list(m))
print(list(map(lambda *a: sum(a), [1, 2], [3, 4], [5, 6])))
## map_builtin_funcs
print(list(map(int, ['1', '2'])), list(map(str.upper, 'ab')), list(map(len, ['a', 'bb'])), list(map(tuple, ['ab'])))
## filter_lazy_and_types
f = filter(lambda x: x > 1, [3, 1, 2])
print(next(f), list(f), list(filter(None, (0, 1, 2))), list(filter(None, {'': 1, 'a': 2})))
## sorted_generators_and_sets
print(sorted(x % 5 for x in range(12)), sorted({3: 'a', 1: 'b'}.items()), sorted('cab', reverse=True))
## sorted_key_errors_propagate
def bad(x):
    raise KeyError(x)
check(lambda: sorted([1, 2], key=bad))
check(lambda: sorted([1, None]))
check(lambda: sorted([None, 1]))
check(lambda: sorted([[1], (1,)]))
## reversed_strings_and_ranges
print(''.join(reversed('hello')), list(reversed(range(0, 10, 3))), tuple(reversed((1, 2, 3))))
r = reversed([1, 2])
print(list(r), list(r))
## min_max_strings_and_tuples
print(max('apple', 'banana', 'cherry'), min(['b', 'a', 'c']), max([(1, 'z'), (2, 'a')]), min('hello'))
print(max({'a': 3, 'b': 1}, key=lambda k: {'a': 3, 'b': 1}[k]), max(range(10), key=lambda x: x % 4))
## min_max_generators_default
print(max((x for x in []), default='none'), min((x * 2 for x in [3, 1]), default=0), max(iter([5])))
## min_max_key_none
print(max([1, 3], key=None), min(3, 1, key=None))
## sum_floats_and_start
print(sum([0.1, 0.2, 0.3]), sum([1, 2], 0.5), sum([0.5] * 4), sum(range(5), -10), sum([], 0.0))
print(sum([[1], [2, 3]], [0]), sum([(1,)], ()))
## sum_custom_add
class Vec:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return Vec(self.x + (o.x if isinstance(o, Vec) else o))
    def __radd__(self, o):
        return Vec(o + self.x)
print(sum([Vec(1), Vec(2)]).x, sum([Vec(1)], Vec(10)).x)
## any_all_short_circuit
def it():
    print('one')
    yield True
    print('two')
    yield False
print(any(it()))
print(all(it()))
print(any(x == 3 for x in [1, 3, 5]), all([]), any(iter([])))
## iter_on_various
for obj in ['ab', [1], (2,), {3: 0}, {4}, range(1), b'x' if False else 'z']:
    print(type(iter(obj)).__name__ if not isinstance(obj, str) else 'str_it', list(iter(obj)))
## iter_user_getitem
class Seq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * i
print(list(iter(Seq())), list(Seq()), 4 in Seq(), 5 in Seq())
## iter_returns_non_iterator
class Bad:
    def __iter__(self):
        return 5
check(lambda: iter(Bad()))
## next_default_none
it = iter([])
print(next(it, None), next(it, 0), next(iter('x'), None))
## next_on_generator_finished
def g():
    yield 1
x = g()
print(next(x), next(x, 'end'), next(x, 'again'))
check(lambda: next(x))
## isinstance_nested_tuples
print(isinstance(1, ((str, (int,)),)), isinstance('a', (list, (tuple, (str,)))), isinstance([], ()))
print(isinstance(True, (bool, int)), isinstance(1.0, int), isinstance(None, (type(None), int)))
## isinstance_builtin_types
print(isinstance({}.keys(), object), isinstance(range(1), range), isinstance(slice(1), slice), isinstance(frozenset(), set))
print(isinstance(iter([]), object), isinstance(len, object), isinstance(type, type), isinstance(object, type))
## issubclass_tuple_nested
class A: pass
class B(A): pass
class C: pass
print(issubclass(B, (C, (A,))), issubclass(C, (A, B)), issubclass(bool, (str, (float, int))))
## getattr_methods_bound
s = 'hello'
up = getattr(s, 'upper')
print(up(), getattr([1, 2], 'count')(1), getattr(str, 'lower')('ABC'))
## setattr_getattr_dynamic
class Rec:
    pass
r = Rec()
for name, val in [('a', 1), ('b', 2)]:
    setattr(r, name, val)
print(r.a, r.b, sorted(vars(r).items()), [getattr(r, n) for n in 'ab'])
delattr(r, 'a')
print(vars(r), hasattr(r, 'a'))
## hasattr_on_builtins
print(hasattr([], 'append'), hasattr({}, 'keys'), hasattr(1, 'real'), hasattr('s', 'nope'), hasattr(None, '__class__'))
## callable_various
print(callable(print), callable(int), callable(list.append), callable(None), callable(type), callable(iter([])))
## id_stability
a = [1]
i1 = id(a)
a.append(2)
print(id(a) == i1, id(a) != id([1]), hex(id(a)).startswith('0x'))
## vars_module_and_class
class K:
    x = 1
print('x' in vars(K), vars(K)['x'])
import math
print('pi' in vars(math))
## dir_module_names
import math
print('sqrt' in dir(math), 'pi' in dir(math), dir(math) == sorted(dir(math)))
## dir_sorted_no_dups
class A:
    a = 1
class B(A):
    b = 2
    a = 3
print([n for n in dir(B()) if not n.startswith('_')])
## globals_modify
globals()['newvar'] = 42
print(newvar)
def f():
    return 'newvar' in globals()
print(f())
## locals_in_comprehension_and_class
def f():
    a = 1
    return [sorted(locals()) for _ in range(1)]
print(f())
x = 10
print('x' in locals())
## builtins_are_types
print(type(enumerate), type(zip), type(map), type(filter), type(reversed), enumerate.__name__, zip.__name__)
print(type(len), type(sorted), len.__name__, sorted.__name__)
## chained_iterators
words = ['apple', 'bob', 'cat', 'dodo']
print(list(map(str.upper, filter(lambda w: len(w) == 3, words))))
print(sorted(zip(map(len, words), words), reverse=True))
print(list(enumerate(reversed(sorted(words)))))
print(dict(zip(words, map(len, words))))
print(max(enumerate(words), key=lambda p: len(p[1])))
## all_any_with_map
print(all(map(str.isdigit, ['1', '2'])), any(map(str.isupper, 'abC')), sum(map(int, '123')))
'''

CONTAINER_CASES += _cases(MORE_CONTAINERS)
ITER_CASES += _cases(MORE_ITER)


def _set_history_program(seed):
    """A random history of set operations on ints (adds, removes, pops,
    merges, copies, operators): CPython's iteration order after it depends
    on the whole history of its hash table, which builtins_set_order.cpp
    simulates."""
    import random
    r = random.Random(seed)
    lines = ['s = set()', 't = set()']
    for _ in range(r.randrange(20, 90)):
        op = r.random()
        k = r.randrange(0, r.choice([16, 64, 1000, 10 ** 6]))
        v = r.choice(['s', 't'])
        if op < 0.4:
            lines.append(f'{v}.add({k})')
        elif op < 0.5:
            lines.append(f'{v}.discard({k})')
        elif op < 0.6:
            lines.append(f'if {v}: print({v}.pop())')
        elif op < 0.65:
            lines.append(f'{v}.update(range({k % 50}, {k % 50 + r.randrange(1, 20)}))')
        elif op < 0.7:
            lines.append(f'{v}.difference_update(range({k % 40}, {k % 40 + 10}))')
        elif op < 0.73:
            lines.append(f'{v} -= set(range({k % 30}, {k % 30 + 5}))')
        elif op < 0.76:
            lines.append(f'{v} |= {{{k}, {k + 1}}}')
        elif op < 0.8:
            lines.append(f'print(list({v}))')
        elif op < 0.83:
            lines.append(f'u = set({v}); print(list(u))')
        elif op < 0.86:
            lines.append('print(list(s & t), list(s | t), list(s - t), list(s ^ t))')
        elif op < 0.88:
            lines.append(f'{v} = set(list({v})[:3])')
        else:
            lines.append(r.choice([
                f'{v} = {v}.union(t, range({k % 20}))', f'{v} = {v} ^ set(range({k % 30}))',
                f'{v}.symmetric_difference_update(range({k % 25}))',
                f'{v}.intersection_update(range({k % 60}), s | t)', f'{v} = set(frozenset({v}) | s)',
                f'{v} = {v}.copy()', f'{v}.update(dict.fromkeys(range({k % 33})))',
                f'{v} = {v} - set(range({k % 9}))', f'{v} = set({v}) - t',
                f'{v} = {v}.difference(range({k % 40}))', f'{v} &= t | s', f'{v} ^= s',
                f'{v} = {v}.intersection(t)', f'{v}.symmetric_difference_update(dict.fromkeys(range({k % 7})))']))
    lines.append('print(s, t)')
    return '\n'.join(lines)


CONTAINER_CASES += [('set_history_%d' % seed, _set_history_program(seed)) for seed in range(12)]
