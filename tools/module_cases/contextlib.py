### contextmanager_basic
from contextlib import contextmanager
@contextmanager
def tag(name):
    print("<%s>" % name)
    yield name.upper()
    print("</%s>" % name)
with tag("h1") as t:
    print("inside", t)
@contextmanager
def managed():
    print("acquire")
    try:
        yield 42
    finally:
        print("release")
try:
    with managed() as v:
        print("got", v)
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
print(tag.__name__, type(tag("x")).__name__)
### contextmanager_suppress_and_errors
from contextlib import contextmanager
@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))
with swallow():
    raise KeyError("k")
print("after")
@contextmanager
def no_yield():
    if False:
        yield
@contextmanager
def two_yields():
    yield 1
    yield 2
@contextmanager
def reraise_other():
    try:
        yield
    except ZeroDivisionError:
        raise RuntimeError("converted")
for cm in (no_yield, two_yields):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print("RuntimeError", e)
try:
    with reraise_other():
        1 / 0
except RuntimeError as e:
    print("RuntimeError", e, type(e.__context__).__name__)
@contextmanager
def ignore_after_throw():
    try:
        yield
    except Exception:
        yield
try:
    with ignore_after_throw():
        raise OSError("x")
except RuntimeError as e:
    print("RuntimeError", e)
@contextmanager
def stop():
    yield
try:
    with stop():
        raise StopIteration("s")
except StopIteration as e:
    print("StopIteration propagated", e)
### contextmanager_decorator
from contextlib import contextmanager, ContextDecorator
@contextmanager
def logged():
    print("enter")
    yield
    print("exit")
@logged()
def work(x):
    print("working", x)
    return x * 2
print(work(3), work(4))
class mycm(ContextDecorator):
    def __enter__(self):
        print("start")
        return self
    def __exit__(self, *exc):
        print("finish", exc[0])
        return False
@mycm()
def f():
    print("body")
f()
### suppress_nullcontext_closing
from contextlib import suppress, nullcontext, closing, ExitStack
with suppress(KeyError, IndexError):
    {}["x"]
with suppress(ZeroDivisionError):
    print("no error")
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("not suppressed")
with nullcontext(5) as v:
    print("null", v)
with nullcontext() as v:
    print("null", v)
class Res:
    def close(self):
        print("closed")
with closing(Res()) as r:
    print("using", type(r).__name__)
### exitstack
from contextlib import ExitStack, contextmanager
@contextmanager
def res(name):
    print("open", name)
    yield name
    print("close", name)
with ExitStack() as stack:
    names = [stack.enter_context(res(n)) for n in "abc"]
    stack.callback(print, "callback", 1)
    print("using", names)
stack = ExitStack()
stack.enter_context(res("x"))
moved = stack.pop_all()
stack.close()
print("popped")
moved.close()
def suppressor(*exc):
    print("suppressing", exc[0].__name__)
    return True
with ExitStack() as s:
    s.push(suppressor)
    raise ValueError("hidden")
print("after suppress")
try:
    with ExitStack() as s:
        s.callback(lambda: 1 / 0)
        raise KeyError("first")
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    ExitStack().enter_context(object())
except TypeError as e:
    print(e)
### async_cm
import asyncio
from contextlib import asynccontextmanager, AsyncExitStack, aclosing
@asynccontextmanager
async def conn(name):
    print("connect", name)
    await asyncio.sleep(0.1)
    try:
        yield name + "!"
    finally:
        print("disconnect", name)
async def agen():
    try:
        for i in range(3):
            yield i
    finally:
        print("agen closed")
async def main():
    async with conn("db") as c:
        print("using", c)
    try:
        async with conn("x"):
            raise ValueError("bad")
    except ValueError as e:
        print("caught", e)
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(conn("a"))
        b = await stack.enter_async_context(conn("b"))
        async def cleanup():
            print("async cleanup")
        stack.push_async_callback(cleanup)
        print("both", a, b)
    async with aclosing(agen()) as g:
        async for v in g:
            print("v", v)
            if v == 1:
                break
    @asynccontextmanager
    async def bad():
        if False:
            yield
    try:
        async with bad():
            pass
    except RuntimeError as e:
        print("RuntimeError", e)
asyncio.run(main())
