# context managers: classes, contextlib, suppressing, nested, exceptions in __exit__
import contextlib


class Timer:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return exc_type is KeyError


with Timer("a") as t:
    print("inside", t.name)
with Timer("b"):
    raise KeyError("swallowed")
print("after b")
try:
    with Timer("c"):
        raise ValueError("escapes")
except ValueError as e:
    print("caught", e)


@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("div") as d, tag("p"):
    print("content", d)
with contextlib.suppress(ZeroDivisionError):
    1 / 0
print("suppressed")
try:
    with tag("err"):
        raise RuntimeError("inside tag")
except RuntimeError as e:
    print("caught", e)


class Resource:
    count = 0

    def __enter__(self):
        Resource.count += 1
        return self

    def __exit__(self, *exc):
        Resource.count -= 1
        return False


with Resource() as r1, Resource() as r2:
    print("open", Resource.count)
print("open", Resource.count)
with contextlib.ExitStack() as stack:
    for n in ["x", "y"]:
        stack.enter_context(tag(n))
    print("stacked")
