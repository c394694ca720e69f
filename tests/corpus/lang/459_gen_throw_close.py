# generator.throw with type/value forms, close, GeneratorExit handling
def worker():
    total = 0
    try:
        while True:
            try:
                x = yield total
                total += x
            except ValueError as e:
                print("worker caught:", e)
                total = 0
    finally:
        print("worker closing, total", total)


g = worker()
next(g)
print(g.send(5), g.send(10))
print(g.throw(ValueError, "reset"))
print(g.throw(ValueError("again")))
print(g.throw(ValueError, ValueError("third")))
print(g.send(1))
g.close()
print("closed")


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise


s = stubborn()
next(s)
s.close()


def simple():
    yield 1


t = simple()
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(list(t))
