def guarded():
    while True:
        try:
            x = yield "ready"
            print("received", x)
        except ValueError as e:
            print("handled", e)
            yield "recovered"
g = guarded()
print(next(g))
print(g.send(1))
print(g.throw(ValueError("bad input")))
print(next(g))
try:
    g.throw(KeyError("fatal"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(g)
except StopIteration:
    print("generator is finished")
def simple():
    yield 1
s = simple()
try:
    s.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("unstarted:", e)
