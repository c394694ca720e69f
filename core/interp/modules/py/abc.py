"""abc: abstract base classes.  LoopScope has no metaclasses: ABC checks
for abstract methods when an instance is created (its __new__), with
CPython 3.11's message, rather than ABCMeta computing __abstractmethods__
at class creation.  register() records virtual subclasses for
isinstance-free use only."""

__all__ = ['ABC', 'ABCMeta', 'abstractmethod', 'abstractclassmethod',
           'abstractstaticmethod', 'abstractproperty', 'get_cache_token']


def abstractmethod(funcobj):
    """A decorator indicating abstract methods."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    for attr in ('fget', 'fset', 'fdel', '__func__'):
        inner = getattr(value, attr, None)
        if inner is not None and getattr(inner, '__isabstractmethod__', False):
            return True
    return False


def _abstract_methods(cls):
    """The names whose resolved value in cls is still abstract."""
    seen = set()
    names = []
    for klass in cls.__mro__:
        for name, value in klass.__dict__.items():
            if name in seen:
                continue
            seen.add(name)
            if _is_abstract(value):
                names.append(name)
    return frozenset(names)


class ABCMeta(type):
    """Metaclass stand-in: ABCMeta.register works; abstract checks are
    done by ABC.__new__."""

    def register(cls, subclass):
        return subclass


class ABC:
    """Helper class that provides a standard way to create an ABC using
    inheritance."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        abstracts = _abstract_methods(cls)
        if abstracts:
            names = sorted(abstracts)
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} "
                            f"with abstract method{'s' if len(names) > 1 else ''} "
                            f"{', '.join(names)}")
        return object.__new__(cls)

    @classmethod
    def register(cls, subclass):
        return subclass


def get_cache_token():
    return 0
