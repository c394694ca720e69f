"""typing: the names scripts use in annotations, with CPython 3.11's reprs
(typing.List[int], typing.Optional[str], ~T).  Subscripting makes small
alias objects; Generic[T] and Protocol[T] return the class itself so that
`class Stack(Generic[T])` works without __mro_entries__.  Nothing is checked
at run time, as in CPython."""

import collections as _collections
import collections.abc as _abc_module

__all__ = [
    'Annotated', 'Any', 'AnyStr', 'AsyncGenerator', 'AsyncIterable', 'AsyncIterator',
    'Awaitable', 'Callable', 'ChainMap', 'ClassVar', 'Collection', 'Container',
    'Coroutine', 'Counter', 'DefaultDict', 'Deque', 'Dict', 'Final', 'FrozenSet',
    'Generator', 'Generic', 'Hashable', 'ItemsView', 'Iterable', 'Iterator',
    'KeysView', 'List', 'Literal', 'Mapping', 'MappingView', 'MutableMapping',
    'MutableSequence', 'MutableSet', 'NamedTuple', 'NewType', 'NoReturn', 'Never',
    'Optional', 'OrderedDict', 'ParamSpec', 'Protocol', 'Reversible', 'Self',
    'Sequence', 'Set', 'Sized', 'SupportsAbs', 'SupportsFloat', 'SupportsIndex',
    'SupportsInt', 'SupportsRound', 'Text', 'Tuple', 'Type', 'TypeAlias', 'TypeGuard',
    'TypeVar', 'TypedDict', 'Union', 'ValuesView', 'TYPE_CHECKING', 'cast', 'final',
    'get_args', 'get_origin', 'get_type_hints', 'no_type_check', 'overload',
    'runtime_checkable', 'assert_never', 'assert_type', 'reveal_type',
]

TYPE_CHECKING = False


def _type_repr(obj):
    """How typing shows a type inside an alias: builtins by bare name,
    other classes as module.qualname, None as None."""
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    if isinstance(obj, (list, tuple)):
        return '[' + ', '.join(_type_repr(t) for t in obj) + ']'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


def _convert(arg):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class ForwardRef:
    def __init__(self, arg):
        self.__forward_arg__ = arg

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'

    def __eq__(self, other):
        return isinstance(other, ForwardRef) and self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)


class _Final:
    """Base of typing's special objects: they cannot be subclassed or called."""

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _SpecialForm(_Final):
    def __init__(self, name, doc='', getitem=None):
        self._name = name
        self.__doc__ = doc
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __call__(self, *args, **kwds):
        if self._name == 'Any':
            raise TypeError("Any cannot be instantiated")
        raise TypeError(f"Cannot instantiate {self!r}")

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, parameters)

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return hash(self._name)


class _GenericAlias(_Final):
    """X[args]: remembers the origin and the arguments; calling it makes an
    instance of the origin."""

    def __init__(self, origin, args, name=None, inst=True):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = tuple(... if a is ... else _convert(a) for a in args)
        self._name = name
        self._inst = inst

    def __repr__(self):
        name = 'typing.' + self._name if self._name else _type_repr(self.__origin__)
        if not self.__args__:
            return f'{name}[()]'
        return f'{name}[{", ".join(_type_repr(a) for a in self.__args__)}]'

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


class _SpecialGenericAlias(_Final):
    """List, Dict, ... before subscription: typing.List."""

    def __init__(self, origin, nparams, name, inst=True):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name
        self._inst = inst

    def __repr__(self):
        return 'typing.' + self._name

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} arguments for {self};"
                            f" actual {len(params)}, expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return hash(self._name)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


class _TupleAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), name='Tuple', inst=False)
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(tuple, params, name='Tuple', inst=False)


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        if len(self.__args__) == 2 and self.__args__[0] is ...:
            return f'typing.Callable[..., {_type_repr(self.__args__[1])}]'
        return (f'typing.Callable[[{", ".join(_type_repr(a) for a in self.__args__[:-1])}], '
                f'{_type_repr(self.__args__[-1])}]')


class _CallableType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if args is ...:
            return _CallableGenericAlias(_collections_callable, (..., result), name='Callable', inst=True)
        if not isinstance(args, list):
            raise TypeError(f"Callable[args, result]: args must be a list. Got {args}")
        return _CallableGenericAlias(_collections_callable, tuple(args) + (result,), name='Callable', inst=True)


class _UnionGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is type(None):
                return f'typing.Optional[{_type_repr(args[1])}]'
            if args[1] is type(None):
                return f'typing.Optional[{_type_repr(args[0])}]'
        return 'typing.Union[' + ', '.join(_type_repr(a) for a in args) + ']'

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        p = _convert(p)
        if isinstance(p, _UnionGenericAlias):
            ps = p.__args__
        else:
            ps = (p,)
        for q in ps:
            if q not in flat:
                flat.append(q)
    if len(flat) == 1:
        return flat[0]
    return _UnionGenericAlias(Union, tuple(flat))


def _optional_getitem(self, parameters):
    return Union[parameters, type(None)]


class _LiteralGenericAlias(_GenericAlias):
    def __repr__(self):
        return 'typing.Literal[' + ', '.join(repr(a) for a in self.__args__) + ']'


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    alias = _LiteralGenericAlias(Literal, ())
    alias.__args__ = parameters
    return alias


def _one_param(self, item):
    return _GenericAlias(self, (item,), name=self._name, inst=False)


class _AnnotatedAlias(_GenericAlias):
    def __repr__(self):
        return (f'typing.Annotated[{_type_repr(self.__origin__)}, '
                f'{", ".join(repr(a) for a in self.__metadata__)}]')


class _AnnotatedForm:
    def __repr__(self):
        return 'typing.Annotated'

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments "
                            "(a type and an annotation).")
        alias = _AnnotatedAlias(params[0], ())
        alias.__origin__ = params[0]
        alias.__metadata__ = params[1:]
        return alias


Any = _SpecialForm('Any', 'Special type indicating an unconstrained type.')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
ClassVar = _SpecialForm('ClassVar', getitem=_one_param)
Final = _SpecialForm('Final', getitem=_one_param)
TypeGuard = _SpecialForm('TypeGuard', getitem=_one_param)
Union = _SpecialForm('Union', getitem=_union_getitem)
Optional = _SpecialForm('Optional', getitem=_optional_getitem)
Literal = _SpecialForm('Literal', getitem=_literal_getitem)
Annotated = _AnnotatedForm()


class TypeVar(_Final):
    """Type variable: T = TypeVar('T'); repr ~T (+T/-T when variant)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = tuple(constraints)
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__


class ParamSpec(TypeVar):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        TypeVar.__init__(self, name, bound=bound, covariant=covariant, contravariant=contravariant)
        self.args = _SpecialForm(name + '.args')
        self.kwargs = _SpecialForm(name + '.kwargs')


AnyStr = TypeVar('AnyStr', bytes, str)


class Generic:
    """Abstract base class for generic types: class Box(Generic[T])."""

    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    """Base class for protocol classes (structural typing is not checked)."""


_collections_callable = _abc_module.Callable


def _alias(origin, nparams, name, inst=True):
    return _SpecialGenericAlias(origin, nparams, name, inst)


class _AbstractBase:
    """Stand-in for a collections.abc class: subscriptable, never instantiated."""


def _abc(name):
    cls = getattr(_abc_module, name, None)
    if cls is None:
        cls = type(name, (_AbstractBase,), {'__module__': 'collections.abc'})
    return cls


List = _alias(list, 1, 'List', inst=False)
Dict = _alias(dict, 2, 'Dict', inst=False)
Set = _alias(set, 1, 'Set', inst=False)
FrozenSet = _alias(frozenset, 1, 'FrozenSet', inst=False)
Tuple = _TupleAlias(tuple, -1, 'Tuple', inst=False)
Type = _alias(type, 1, 'Type', inst=False)
DefaultDict = _alias(_collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _alias(_collections.OrderedDict, 2, 'OrderedDict')
Counter = _alias(_collections.Counter, 1, 'Counter')
ChainMap = _alias(_collections.ChainMap, 2, 'ChainMap')
Deque = _alias(_collections.deque, 1, 'Deque')
Text = str
Callable = _CallableType(_collections_callable, 2, 'Callable')
for _name, _n in [('Awaitable', 1), ('Coroutine', 3), ('AsyncIterable', 1), ('AsyncIterator', 1),
                  ('AsyncGenerator', 2), ('Iterable', 1), ('Iterator', 1), ('Generator', 3),
                  ('Reversible', 1), ('Container', 1), ('Collection', 1), ('Hashable', 0),
                  ('Sized', 0), ('Sequence', 1), ('MutableSequence', 1), ('Mapping', 2),
                  ('MutableMapping', 2), ('AbstractSet', 1), ('MutableSet', 1), ('MappingView', 1),
                  ('KeysView', 1), ('ItemsView', 2), ('ValuesView', 1), ('ContextManager', 1),
                  ('AsyncContextManager', 1)]:
    globals()[_name] = _alias(_abc(_name), _n, _name, inst=False)
del _name, _n
SupportsInt = _abc('SupportsInt')
SupportsFloat = _abc('SupportsFloat')
SupportsIndex = _abc('SupportsIndex')
SupportsAbs = _abc('SupportsAbs')
SupportsRound = _abc('SupportsRound')


def cast(typ, val):
    """Cast a value to a type: returns the value unchanged."""
    return val


def assert_type(val, typ, /):
    return val


def reveal_type(obj, /):
    import sys
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def overload(func):
    """Decorator for overloaded functions: the decorated stub must not run."""
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. "
            "A series of @overload-decorated functions "
            "outside a stub module should always be followed "
            "by an implementation that is not @overload-ed.")
    return _overload_dummy


def final(f):
    return f


def no_type_check(arg):
    return arg


def runtime_checkable(cls):
    return cls


def get_origin(tp):
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableGenericAlias):
        args = tp.__args__
        if args[0] is ...:
            return args
        return (list(args[:-1]), args[-1])
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            hints.update(base.__dict__.get('__annotations__', {}))
    else:
        hints.update(getattr(obj, '__annotations__', {}))
    return {k: (type(None) if v is None else v) for k, v in hints.items()}


def NewType(name, tp):
    """NewType creates simple unique types with almost zero runtime overhead."""
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


_NT_COPIED = ('__new__', '_make', '_replace', '__repr__', '_asdict', '__getnewargs__',
              '_fields', '_field_defaults', '__match_args__')


def _finish_namedtuple(cls):
    """Give a class written as `class P(NamedTuple): x: int` the methods of
    collections.namedtuple(P.__name__, its annotated fields)."""
    types = dict(cls.__dict__.get('__annotations__', {}))
    defaults = []
    default_names = []
    for name in types:
        if name in cls.__dict__:
            defaults.append(cls.__dict__[name])
            default_names.append(name)
        elif defaults:
            raise TypeError(f"Non-default namedtuple field {name} "
                            f"cannot follow default field{'s' if len(default_names) > 1 else ''} "
                            f"{', '.join(default_names)}")
    nt = _collections.namedtuple(cls.__name__, list(types), defaults=defaults, module=cls.__module__)
    for key in _NT_COPIED + tuple(types):
        setattr(cls, key, nt.__dict__[key])
    cls.__new__.__qualname__ = f'{cls.__name__}.__new__'
    cls.__annotations__ = types


class NamedTuple(tuple):
    """Typed version of namedtuple: the functional form
    NamedTuple('P', [('x', int)]) or a class with annotated fields."""

    def __new__(cls, *args, **kwargs):
        if cls is NamedTuple:
            return _namedtuple_function(*args, **kwargs)
        if '_fields' not in cls.__dict__:
            # Finished on first use when __init_subclass__ did not run.
            _finish_namedtuple(cls)
        return cls.__new__(cls, *args, **kwargs)

    def __init_subclass__(cls, **kwargs):
        _finish_namedtuple(cls)


def _namedtuple_function(typename, fields=None, /, **kwargs):
    if fields is None:
        fields = kwargs.items()
    fields = list(fields)
    nt = _collections.namedtuple(typename, [n for n, t in fields], module=_caller_module())
    nt.__annotations__ = dict(fields)
    return nt


def _caller_module():
    import _ls_stdlib
    return _ls_stdlib.caller_module(3) or '__main__'


class TypedDict(dict):
    """A dict whose keys are declared by annotations (not checked)."""

