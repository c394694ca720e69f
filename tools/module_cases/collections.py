### deque_basic
from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([10, 11])
print(d, list(d), list(reversed(d)), 7 in d, 99 in d, d.count(7), d.index(7))
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.remove(7); d.insert(1, 'x'); d.reverse(); print(d, d.maxlen)
d[0] = 'first'; del d[1]; print(d, bool(d), bool(deque()))
c = d.copy(); c.clear(); print(c, d == d.copy(), deque() == deque(), deque([1]) == [1], deque([1, 2]) < deque([1, 3]))
print(deque('abc'), deque(), deque(range(3)) + deque([9]), deque([1, 2]) * 2, 3 * deque([0]))
### deque_maxlen
from collections import deque
d = deque(maxlen=3)
for i in range(6):
    d.append(i)
    print(d)
d.appendleft(-1); print(d)
d.extendleft([10, 20]); print(d, d.maxlen)
e = deque([1, 2, 3, 4, 5], 2); print(e, deque([], 0), repr(deque('ab', maxlen=5)))
z = deque(maxlen=0); z.append(1); print(z)
last3 = deque(maxlen=3)
for line in ["a", "b", "c", "d", "e"]:
    last3.append(line)
print(list(last3))
class MyD(deque):
    pass
print(MyD([1]), MyD([1], 3), type(MyD([1]).copy()).__name__)
### deque_errors
from collections import deque
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
d = deque([1, 2, 3])
t(lambda: deque().pop())
t(lambda: deque().popleft())
t(lambda: d[5])
t(lambda: d['a'])
t(lambda: d[1:2])
t(lambda: d.index(7))
t(lambda: d.remove(7))
t(lambda: deque([1], maxlen=1).insert(0, 5))
t(lambda: deque(maxlen=-1))
t(lambda: deque(maxlen='a'))
t(lambda: d + [1])
t(lambda: deque(1))
t(lambda: d.rotate('a'))
t(lambda: deque([1, 2], 3, 4))
t(lambda: d.__setitem__(9, 1))
t(lambda: d.append())
t(lambda: d.index(2, 2, 3))
def mut():
    for x in d:
        d.append(1)
t(mut)
e = deque([1]); e.append(e); print(e)
### deque_iter
from collections import deque
d = deque(range(5))
it = iter(d)
print(next(it), next(it), list(it), type(iter(d)).__name__, list(reversed(deque("xyz"))))
q = deque()
q.append("task1"); q.append("task2")
while q:
    print("processing", q.popleft())
s = deque()
s.append(1); s.append(2)
print(s.pop(), s.pop(), len(s))
### defaultdict
from collections import defaultdict
d = defaultdict(list)
d['a'].append(1); d['a'].append(2); d['b'].append(3)
print(d, d['a'], dict(d), len(d), 'c' in d, d.get('c'), d.default_factory)
counts = defaultdict(int)
for w in "the cat the dog the".split():
    counts[w] += 1
print(counts, sorted(counts.items()), isinstance(counts, dict), type(counts).__name__)
n = defaultdict(lambda: "N/A", x=1)
print(n['x'], n['y'], sorted(n.items()))
print(defaultdict(None), defaultdict(), defaultdict(set, {'k': {1}}), defaultdict(int, [('a', 1)]))
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 1
print(nested['x']['y'], dict(nested['x']))
c = d.copy(); c['z'].append(0)
print(type(c).__name__, c.default_factory, 'z' in d, 'z' in c)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: defaultdict(1))
t(lambda: defaultdict()['missing'])
dd = defaultdict(int); dd.default_factory = list; dd['q'].append(5); print(dd)
print(d == {'a': [1, 2], 'b': [3]}, defaultdict(int, a=1) == {'a': 1})
### counter
from collections import Counter
c = Counter("abracadabra")
print(c, c['a'], c['z'], c.most_common(2), c.most_common(), c.total())
print(sorted(c.elements()), list(Counter(a=2, b=1).elements()))
c.update("aaz"); print(c)
c.subtract({'a': 10}); print(c)
print(Counter(), Counter({'x': 2, 'y': 5}), Counter(cats=4, dogs=8), Counter([1, 1, 2]))
a, b = Counter(a=3, b=1), Counter(a=1, b=2)
print(a + b, a - b, a | b, a & b, +Counter(a=1, b=-2), -Counter(a=1, b=-2))
a += Counter(c=1); print(a)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter("ab") < Counter("abc"))
words = "the quick the lazy the end quick".split()
print(Counter(words).most_common(1)[0], dict(Counter(words)), len(Counter(words)))
del c['a']; del c['nope']; print(c)
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print(e)
print(Counter("aab").copy(), type(Counter().copy()).__name__, isinstance(Counter(), dict), Counter({1: 'x'}) if False else '')
### ordereddict
from collections import OrderedDict
od = OrderedDict()
od['b'] = 1; od['a'] = 2; od['c'] = 3
print(od, list(od), list(od.keys()), list(od.items()))
od.move_to_end('b'); print(od)
od.move_to_end('c', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict(x=1), OrderedDict([('p', 1), ('q', 2)]) == OrderedDict([('q', 2), ('p', 1)]))
print(OrderedDict([('p', 1), ('q', 2)]) == {'q': 2, 'p': 1}, OrderedDict.fromkeys("ab", 0), list(reversed(OrderedDict(a=1, b=2))))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: OrderedDict().popitem())
t(lambda: OrderedDict().move_to_end('x'))
cache = OrderedDict()
for k in [1, 2, 3, 1, 4]:
    if k in cache:
        cache.move_to_end(k)
    cache[k] = True
    if len(cache) > 3:
        cache.popitem(last=False)
print(list(cache), od.copy(), type(od.copy()).__name__)
### namedtuple
from collections import namedtuple
Point = namedtuple('Point', 'x y')
p = Point(11, y=22)
print(p, p.x + p.y, p[0], tuple(p), p._asdict(), p._replace(x=100), Point._fields, Point._make([1, 2]))
x, y = p
print(x, y, len(p), p == (11, 22), isinstance(p, tuple), type(p).__name__, Point.__doc__, Point.__module__)
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[2, 3])
print(Q(1), Q(1, 5), Q._field_defaults, Q.__new__.__defaults__, Q(a=0, c=9))
R = namedtuple('R', 'x def _y', rename=True)
print(R._fields, R(1, 2, 3))
S = namedtuple('S', 'a, b', module='mymod')
print(S, S(1, 2), hash(Point(1, 2)) == hash((1, 2)), sorted([Point(2, 1), Point(1, 5)]), Point(1, 2) < Point(1, 3))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: Point(1))
t(lambda: Point(1, 2, 3))
t(lambda: Point(1, z=3))
t(lambda: Point._make([1]))
t(lambda: p._replace(z=1))
t(lambda: namedtuple('P', 'x x'))
t(lambda: namedtuple('P', 'x def'))
t(lambda: namedtuple('P', '_x'))
t(lambda: namedtuple('1P', 'x'))
t(lambda: namedtuple('P', 'x', defaults=[1, 2]))
t(lambda: setattr(p, 'x', 5))
t(lambda: setattr(p, 'z', 5))
One = namedtuple('One', 'v')
print(One(1), One._fields, Point, repr(Point(x=1.5, y='s')))
class P3(namedtuple('P3', 'x y z')):
    def norm(self):
        return abs(self.x) + abs(self.y) + abs(self.z)
print(P3(1, -2, 3).norm(), P3(1, 2, 3))
### chainmap
from collections import ChainMap
defaults = {'color': 'red', 'user': 'guest'}
args = {'user': 'admin'}
cm = ChainMap(args, defaults)
print(cm['user'], cm['color'], len(cm), sorted(cm), 'color' in cm, cm.get('nope', 0), cm)
cm['new'] = 1; print(args, cm.maps[0] is args)
child = cm.new_child(); child['user'] = 'x'; print(child['user'], cm['user'], child.parents['user'])
try:
    cm['missing']
except KeyError as e:
    print('KeyError', e)
print(dict(cm) == {'user': 'admin', 'color': 'red', 'new': 1}, ChainMap())
