class WithCall:
    def __call__(self):
        return "called"
class Without:
    pass
def func():
    pass
for thing in [func, abs, len, WithCall, WithCall(), Without(), 42, "str", lambda: 1, str.upper, [].append]:
    print(type(thing).__name__, callable(thing))
