class P:
    def __init__(self, v):
        self.v = v
a, b = P(1), P(1)
print(a == b, a == a, a != b)
print(a in [b], a in [a])
lst = [P(1), P(2)]
print(lst.count(lst[0]), lst.index(lst[1]))
class Q(P):
    def __eq__(self, o):
        return isinstance(o, P) and self.v == o.v
print(Q(1) == P(1), P(1) == Q(1), Q(1) != Q(2))
print(Q(1) in [P(0), P(1)])
try:
    {Q(1)}
except TypeError as e:
    print(e)
