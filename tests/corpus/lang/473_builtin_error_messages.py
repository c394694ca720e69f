# the messages of common runtime errors
import math
tests = [
    lambda: int("abc"), lambda: [1, 2][5], lambda: {"a": 1}["b"], lambda: None.foo,
    lambda: "a" + 1, lambda: 1 + "a", lambda: len(5), lambda: undefined_name,
    lambda: [1].appendd(4), lambda: float("x"), lambda: [].pop(), lambda: {}.popitem(),
    lambda: "abc".index("z"), lambda: [1].remove(5), lambda: int(None), lambda: 1 < "a",
    lambda: sorted([1, "a"]), lambda: 10 % 0, lambda: 1.0 / 0, lambda: next(iter([])),
    lambda: math.sqrt(-1), lambda: "x" * "y", lambda: [1, 2] * 1.5,
    lambda: {[1]: 2}, lambda: (1).foo, lambda: "abc".foo(),
    lambda: int("1.5"), lambda: chr(-1), lambda: ord("ab"), lambda: range(1.5),
    lambda: list(1), lambda: dict([1]), lambda: max([]), lambda: divmod(1, 0),
    lambda: "{} {}".format(1), lambda: "%d" % "x", lambda: tuple()[0], lambda: "abc"[10],
    lambda: abs("x"), lambda: round("x"), lambda: sum(["a"]), lambda: [1, 2].index(3),
    lambda: iter(5), lambda: setattr(1, "x", 2), lambda: "a".join([1]), lambda: {}.fromkeys(1),
    lambda: int("9" * 5, 1), lambda: [1, 2, 3][1:2:0], lambda: "abc".split(""),
    lambda: min(1), lambda: hash([]), lambda: {1, 2} + {3}, lambda: -"x",
]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
