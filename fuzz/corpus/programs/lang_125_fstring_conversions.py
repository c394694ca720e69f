class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "a P"
p = P()
print(f"{p} {p!r} {p!s} {p!a}")
s = "naïve 'x'"
print(f"{s} {s!r} {s!a}")
print(f"{s!r:>20}|")
print(f"{[1, 'a']} {('t',)} {{'d': 1}}")
d = {"k": [1, 2]}
print(f"{d['k'][1]} {d!r}")
x = 5
print(f"{x if x > 3 else -x} {(lambda y: y * 2)(x)}")
print(f"{x:{'>'}{x}}|")
try:
    print(f"{x:s}")
except ValueError as e:
    print(e)
try:
    print(f"{'text':d}")
except ValueError as e:
    print(e)
