def documented(a, b):
    """Return the sum of a and b."""
    return a + b
class Widget:
    """A small widget."""
    def method(self):
        """Do something."""
print(documented.__doc__)
print(Widget.__doc__, Widget.method.__doc__)
print(documented.__name__, Widget.__name__, Widget.method.__name__, Widget.method.__qualname__)
def no_doc():
    pass
print(no_doc.__doc__)
print(type(documented).__name__, documented.__module__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
print((lambda: 0).__qualname__)
