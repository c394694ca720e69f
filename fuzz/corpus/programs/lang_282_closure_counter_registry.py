def make_registry():
    handlers = {}
    def register(name):
        def deco(func):
            handlers[name] = func
            return func
        return deco
    def dispatch(name, *args):
        if name not in handlers:
            return f"no handler for {name}"
        return handlers[name](*args)
    return register, dispatch, handlers
register, dispatch, handlers = make_registry()
@register("add")
def add(a, b):
    return a + b
@register("greet")
def greet(who):
    return "hi " + who
print(dispatch("add", 2, 3), dispatch("greet", "bob"), dispatch("mul", 1))
print(sorted(handlers))
def make_accumulators():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    def get():
        return total
    return add, get
a, g = make_accumulators()
a(5); a(7)
print(g())
