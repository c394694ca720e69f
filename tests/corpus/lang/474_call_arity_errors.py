# TypeErrors of calls with wrong arguments
def f(a, b):
    pass


def g(a, b=2, *, c):
    pass


def h(x, /, y):
    pass


class K:
    def m(self, x):
        pass

    @staticmethod
    def s():
        pass


calls = [
    lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, c=2), lambda: f(1, 2, b=3),
    lambda: f(), lambda: g(1), lambda: g(1, 2, 3), lambda: g(1, c=1, d=2), lambda: h(x=1, y=2),
    lambda: K().m(), lambda: K().m(1, 2), lambda: K(1), lambda: K.m(1), lambda: K.s(1),
    lambda: (lambda: 0)(1), lambda: print(sepp=""), lambda: len(), lambda: len([], []),
    lambda: "abc".split(1, 2, 3), lambda: int(1, 2, 3), lambda: isinstance(1),
    lambda: f(*[1, 2, 3]), lambda: f(**{"a": 1, "z": 2}), lambda: object(1),
]
for c in calls:
    try:
        c()
        print("ok")
    except TypeError as e:
        print(e)
