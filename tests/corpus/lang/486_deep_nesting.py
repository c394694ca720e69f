# Containers nested far deeper than the recursion limit: printing one is a
# RecursionError (CPython's message names the repr), freeing one is not.
x = []
for _ in range(200_000):
    x = [x]
try:
    print(repr(x)[:20])
except RecursionError as e:
    print("RecursionError:", e)
d = {}
for i in range(200_000):
    d = {"k": d}
try:
    str(d)
except RecursionError as e:
    print("RecursionError:", e)
y = []
for _ in range(200_000):
    y = [y]
for name, check in [("==", lambda: x == y), ("<", lambda: x < y), ("in", lambda: x in [y]),
                    ("sorted", lambda: sorted([x, y]))]:
    try:
        check()
    except RecursionError as e:
        print(name, "RecursionError:", e)
del x, d, y
chain = None
for i in range(1_000_000):
    chain = (i, chain)
chain = None
print("freed")
