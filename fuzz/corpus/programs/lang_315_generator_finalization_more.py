class Reader:
    def __init__(self, name):
        self.name = name
    def lines(self):
        print("open", self.name)
        try:
            for i in range(100):
                yield f"{self.name}:{i}"
        finally:
            print("close", self.name)
r = Reader("log")
gen = r.lines()
print(next(gen))
print(next(gen))
holder = [gen]
del gen
print("still referenced by the list")
holder.clear()
print("list cleared")
def first_line(reader):
    for line in reader.lines():
        return line
print(first_line(Reader("data")))
def agen():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit in agen")
        raise
g = agen()
next(g)
g = "rebound"
print("end", g)
