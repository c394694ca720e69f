# except* inside functions, methods, generators, with blocks and comprehensions.
class Collector:
    def __init__(self):
        self.errors = []

    def run(self, jobs):
        problems = []
        for job in jobs:
            try:
                job()
            except Exception as e:
                problems.append(e)
        if problems:
            raise ExceptionGroup("jobs failed", problems)

    def safe_run(self, jobs):
        try:
            self.run(jobs)
        except* ZeroDivisionError as e:
            self.errors.append(("zero", len(e.exceptions)))
        except* (KeyError, IndexError) as e:
            self.errors.append(("lookup", [type(x).__name__ for x in e.exceptions]))


c = Collector()
c.safe_run([lambda: 1 / 0, lambda: {}["x"], lambda: [][1], lambda: 2 / 0, lambda: None])
print(c.errors)


def gen():
    for i in range(4):
        try:
            if i == 1:
                raise ExceptionGroup("in generator", [ValueError(i)])
            if i == 2:
                raise TypeError(i)
            yield i
        except* ValueError as e:
            yield "handled " + repr(e.exceptions)
        except* TypeError as e:
            yield "type " + repr(e)


print(list(gen()))


class Manager:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, t, v, tb):
        print("exit with", t.__name__ if t else None)
        return False


try:
    with Manager():
        raise ExceptionGroup("from with", [ValueError("w"), KeyError("k")])
except* ValueError as e:
    print("with ValueError", repr(e))
except* KeyError as e:
    print("with KeyError", repr(e))


def nested_functions(n):
    def fail(i):
        if i % 3 == 0:
            raise ValueError(i)
        if i % 3 == 1:
            raise TypeError(i)
        return i

    errors = []
    results = []
    for i in range(n):
        try:
            results.append(fail(i))
        except Exception as e:
            errors.append(e)
    try:
        raise ExceptionGroup("batch", errors)
    except* ValueError as e:
        results.append(("values", [x.args[0] for x in e.exceptions]))
    except* TypeError as e:
        results.append(("types", [x.args[0] for x in e.exceptions]))
    return results


print(nested_functions(7))
