def g():
    try:
        yield 1
        yield 2
    finally:
        print("finally, returning")
        return "from finally"
it = g()
print(next(it))
it.close()
print("closed cleanly")
it2 = g()
print(list(it2))
def h():
    try:
        yield "x"
    finally:
        print("h cleanup")
for v in h():
    print("value", v)
print("loop done")
