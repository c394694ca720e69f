"""types: names for the interpreter's built-in types (as CPython 3.11's
Lib/types.py obtains them: from the type of a sample object) and
SimpleNamespace."""

import sys
import _ls_stdlib

__all__ = ['FunctionType', 'LambdaType', 'CodeType', 'MethodType', 'BuiltinFunctionType',
           'BuiltinMethodType', 'GeneratorType', 'CoroutineType', 'AsyncGeneratorType',
           'ModuleType', 'SimpleNamespace', 'NoneType', 'EllipsisType', 'NotImplementedType',
           'new_class', 'coroutine', 'GenericAlias']


def _f(): pass
FunctionType = type(_f)
LambdaType = type(lambda: None)         # Same as FunctionType
CodeType = type(_f.__code__)


def _g():
    yield 1
GeneratorType = type(_g())


async def _c(): pass
_c = _c()
CoroutineType = type(_c)
_c.close()  # Prevent ResourceWarning


async def _ag():
    yield
_ag = _ag()
AsyncGeneratorType = type(_ag)


class _C:
    def _m(self): pass
MethodType = type(_C()._m)
_ls_stdlib.enable_method_constructor()

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)     # Same as BuiltinFunctionType

ModuleType = type(sys)

NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
GenericAlias = type(list[int])

del sys, _f, _g, _C, _c, _ag


class SimpleNamespace:
    """A simple attribute-based namespace."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        items = (f"{k}={v!r}" for k, v in self.__dict__.items())
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        return f"{name}({', '.join(items)})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return type(name, tuple(bases), ns)


def coroutine(func):
    """Convert regular generator function to a coroutine (returned as is:
    LoopScope's await accepts generator-based coroutines)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    return func
