### arithmetic
import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.add("a", "b"), op.concat([1], [2]), op.neg(5), op.pos(-3), op.pos(True), op.abs(-4.5), op.invert(5), op.inv(0))
print(op.lshift(1, 4), op.rshift(16, 2), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.not_(0), op.truth([1]))
print(op.lt(1, 2), op.le(2, 2), op.eq("a", "a"), op.ne(1, 1), op.gt(3, 2), op.ge(1, 2), op.is_(None, None), op.is_not(1, None))
print(op.index(7), op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"))
l = [1, 2, 3]
op.setitem(l, 0, 9); op.delitem(l, 1)
print(l, op.getitem(l, 1), op.getitem("hello", slice(1, 3)))
x = [1]
y = op.iadd(x, [2])
print(x, y is x, op.iadd(1, 2), op.imul("ab", 2))
print(op.add, op.itemgetter, op.length_hint([1, 2]), op.length_hint(5, 9))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: op.add(1))
t(lambda: op.add(1, "a"))
t(lambda: op.truediv(1, 0))
t(lambda: op.neg("a"))
t(lambda: op.invert(1.5))
t(lambda: op.indexOf([1], 2))
t(lambda: op.lt(1, "a"))
### getters
import operator as op
from operator import itemgetter, attrgetter, methodcaller
rows = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0)), itemgetter(1, 0)(("x", "y")))
print(itemgetter(1), itemgetter(1, 'a'), itemgetter(slice(1, None))([1, 2, 3]), itemgetter("k")({"k": 5}))
class P:
    def __init__(self, name, age):
        self.name, self.age = name, age
        self.inner = self
    def greet(self, greeting, punct="!"):
        return greeting + " " + self.name + punct
people = [P("Ann", 30), P("Bob", 25)]
print([p.name for p in sorted(people, key=attrgetter("age"))], attrgetter("name", "age")(people[0]), attrgetter("inner.inner.name")(people[1]))
print(attrgetter("a.b", "c"), methodcaller("greet", "Hi"), methodcaller("m", 1, k=2))
print(methodcaller("greet", "Hello", punct="?")(people[0]), methodcaller("upper")("abc"), list(map(methodcaller("strip"), [" a ", "b "])))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: itemgetter(5)([1]))
t(lambda: attrgetter("zzz")(people[0]))
t(lambda: itemgetter())
t(lambda: attrgetter(1))
t(lambda: methodcaller())
t(lambda: itemgetter(0)())
print(type(itemgetter(1)), callable(attrgetter("x")))
