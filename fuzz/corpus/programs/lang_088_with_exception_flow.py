class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("close", self.name, "error=" + (et.__name__ if et else "none"))
        return self.suppress
def use(fail, suppress):
    with Resource("r1") as a, Resource("r2", suppress) as b:
        print("using", a.name, b.name)
        if fail:
            raise KeyError("boom")
    return "completed"
print(use(False, False))
print(use(True, True))
try:
    use(True, False)
except KeyError as e:
    print("escaped", e)
def early():
    with Resource("ret"):
        return "returned inside with"
print(early())
