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
del x, d
chain = None
for i in range(1_000_000):
    chain = (i, chain)
chain = None
print("freed")
