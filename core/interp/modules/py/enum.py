"""enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique with
CPython 3.11's visible behaviour: members in definition order, aliases,
<Color.RED: 1> reprs, lookup by value (Color(1)) and by name
(Color['RED']), iteration, len() and __members__.

LoopScope's classes have no metaclass hook at creation, so an enum class is
finished by Enum.__init_subclass__, which turns the class attributes into
members and gives the class the EnumType metaclass (iteration, len(),
subscription, `in`).  IntEnum/StrEnum members are Enum instances that
behave like their int/str value (arithmetic, comparisons, hashing) rather
than int/str subclass instances."""

import _ls_stdlib

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
           'global_enum']

_auto_null = object()

# Defined below; referenced by helpers that run while they are being created.
Enum = ReprEnum = IntEnum = StrEnum = Flag = IntFlag = None


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % self.value


class member:
    def __init__(self, value):
        self.value = value


class nonmember:
    def __init__(self, value):
        self.value = value


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__' and
            name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_' and
            name[1:2] != '_' and name[-2:-1] != '_')


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name,)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('_')


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')
            or type(obj).__name__ in ('function', 'property', 'classmethod', 'staticmethod',
                                      'builtin_function_or_method'))


class EnumType(type):
    """Metaclass for Enum (EnumMeta)."""

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'" % (
                    type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __bool__(cls):
        return True

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__


EnumMeta = EnumType


def _finish_enum(cls):
    """Turn the class attributes of a new Enum subclass into members."""
    _ls_stdlib.set_metaclass(cls, EnumType)
    parents = [b for b in cls.__mro__[1:] if isinstance(b, EnumType) and b.__dict__.get('_member_names_')]
    if parents:
        raise TypeError("%s: cannot extend enumeration %r" % (cls.__name__, parents[0].__name__))
    cls._member_names_ = []
    cls._member_map_ = {}
    cls._value2member_map_ = {}
    cls._unhashable_values_ = []
    ignore = cls.__dict__.get('_ignore_', [])
    if isinstance(ignore, str):
        ignore = ignore.replace(',', ' ').split()
    gen = getattr(cls, '_generate_next_value_')
    last_values = []
    items = [(k, v) for k, v in cls.__dict__.items()]
    for key, value in items:
        if key in ignore or _is_dunder(key) or _is_sunder(key) or _is_private(cls.__name__, key):
            continue
        if isinstance(value, nonmember):
            setattr(cls, key, value.value)
            continue
        if isinstance(value, member):
            value = value.value
        elif _is_descriptor(value):
            continue
        if isinstance(value, auto):
            if value.value is _auto_null:
                value.value = gen(key, 1, len(cls._member_names_), last_values[:])
            value = value.value
        last_values.append(value)
        _add_member(cls, key, value)
    cls.__members__ = dict(cls._member_map_)
    if '__new__' in cls.__dict__ and Enum is not None and cls is not Enum:
        # A __new__ written in the class creates the members; afterwards
        # calling the class looks members up, as Enum.__new__ does.
        cls._new_member_ = cls.__dict__['__new__']
        setattr(cls, '__new__', Enum.__dict__['__new__'])
    init = _member_init(cls)
    if init is not None and Enum is not None:
        # Calling the class only looks a member up: its __init__ must not
        # run again (CPython's EnumType.__call__ never calls it).
        cls._member_init_ = init
        setattr(cls, '__init__', Enum.__dict__['__init__'])


def _add_member(cls, name, value):
    if isinstance(value, tuple):
        args = value
    else:
        args = (value, )
    custom_new = None
    for klass in cls.__mro__:
        if klass in (Enum, ReprEnum, IntEnum, StrEnum, Flag, IntFlag, object):
            break
        if '_new_member_' in klass.__dict__:
            custom_new = klass.__dict__['_new_member_']
            break
        if '__new__' in klass.__dict__:
            custom_new = klass.__dict__['__new__']
            break
    if isinstance(custom_new, staticmethod):
        custom_new = custom_new.__func__
    if custom_new is not None:
        enum_member = custom_new(cls, *args)
        if not hasattr(enum_member, '_value_'):
            enum_member._value_ = value
    else:
        enum_member = object.__new__(cls)
        enum_member._value_ = _base_value(cls, args, value)
    value = enum_member._value_
    enum_member._name_ = name
    enum_member.__objclass__ = cls
    init = _member_init(cls)
    if init is not None:
        init(enum_member, *args)
    enum_member._sort_order_ = len(cls._member_names_)
    # An alias: the same value as an existing member.
    for existing in cls._member_map_.values():
        if existing._value_ == value:
            enum_member = existing
            break
    else:
        cls._member_names_.append(name)
    cls._member_map_[name] = enum_member
    setattr(cls, name, enum_member)
    try:
        cls._value2member_map_.setdefault(value, enum_member)
    except TypeError:
        cls._unhashable_values_.append(value)


def _member_init(cls):
    """The __init__ that sets up members (written in the enum or a mixin)."""
    for klass in cls.__mro__:
        if klass in (Enum, ReprEnum, IntEnum, StrEnum, Flag, IntFlag, object):
            return None
        if '_member_init_' in klass.__dict__:
            return klass.__dict__['_member_init_']
        if '__init__' in klass.__dict__:
            return klass.__dict__['__init__']
    return None


def _base_value(cls, args, value):
    """The value a member stores: converted by the mixed-in data type."""
    for klass in cls.__mro__:
        if klass is IntEnum or klass is IntFlag:
            return int(*args)
        if klass is StrEnum:
            if len(args) == 1 and not isinstance(args[0], str):
                raise TypeError('%r is not a string' % (args[0], ))
            return str(*args)
    return value


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __init_subclass__(cls, **kwds):
        _finish_enum(cls)

    def __new__(cls, value):
        # Enum(value): look the member up.
        if '_member_map_' not in cls.__dict__:
            _finish_enum(cls)  # __init_subclass__ did not run
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError(
            'error in %s._missing_: returned %r instead of None or a valid member'
            % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last = last_values[-1]
            last_values.sort()
            if last == last_values[-1]:
                return last + 1
            else:
                return last_values[-1] + 1
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    _value_repr_ = None

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        return ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_, )

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


def _value_of(other):
    return other._value_ if isinstance(other, Enum) else other


class IntEnum(ReprEnum):
    """Enum where members are also (and must be) ints."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    def __hash__(self):
        return hash(self._value_)

    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __float__(self):
        return float(self._value_)

    def __bool__(self):
        return bool(self._value_)

    def __eq__(self, other):
        return self._value_ == _value_of(other)

    def __ne__(self, other):
        return self._value_ != _value_of(other)

    def __lt__(self, other):
        return self._value_ < _value_of(other)

    def __le__(self, other):
        return self._value_ <= _value_of(other)

    def __gt__(self, other):
        return self._value_ > _value_of(other)

    def __ge__(self, other):
        return self._value_ >= _value_of(other)

    def __add__(self, other):
        return self._value_ + _value_of(other)

    def __radd__(self, other):
        return _value_of(other) + self._value_

    def __sub__(self, other):
        return self._value_ - _value_of(other)

    def __rsub__(self, other):
        return _value_of(other) - self._value_

    def __mul__(self, other):
        return self._value_ * _value_of(other)

    def __rmul__(self, other):
        return _value_of(other) * self._value_

    def __truediv__(self, other):
        return self._value_ / _value_of(other)

    def __floordiv__(self, other):
        return self._value_ // _value_of(other)

    def __mod__(self, other):
        return self._value_ % _value_of(other)

    def __neg__(self):
        return -self._value_

    def __abs__(self):
        return abs(self._value_)


class StrEnum(ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __str__(self):
        return self._value_

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    def __hash__(self):
        return hash(self._value_)

    def __eq__(self, other):
        return self._value_ == _value_of(other)

    def __ne__(self, other):
        return self._value_ != _value_of(other)

    def __lt__(self, other):
        return self._value_ < _value_of(other)

    def __add__(self, other):
        return self._value_ + _value_of(other)

    def __radd__(self, other):
        return _value_of(other) + self._value_

    def __len__(self):
        return len(self._value_)

    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError(name)
        return getattr(self._value_, name)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum):
    """Support for flags: members combine with | & ^ ~."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        return 2 ** last_value.bit_length() if last_value > 0 else 1

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        pseudo = object.__new__(cls)
        pseudo._value_ = value
        names = [m._name_ for m in cls if m._value_ and (m._value_ & value) == m._value_]
        pseudo._name_ = '|'.join(names) if names else None
        return pseudo

    def __repr__(self):
        name = self._name_ if self._name_ is not None else str(self._value_)
        return "<%s.%s: %r>" % (self.__class__.__name__, name, self._value_)

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r" % (
                    type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        for m in self.__class__:
            if m._value_ and (m._value_ & self._value_) == m._value_:
                yield m

    def __len__(self):
        return len(list(self.__iter__()))

    def __bool__(self):
        return bool(self._value_)

    def __hash__(self):
        return hash(self._value_)

    def __eq__(self, other):
        if isinstance(other, Flag):
            return type(self) is type(other) and self._value_ == other._value_
        return NotImplemented

    def __or__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ ^ other._value_)

    def __invert__(self):
        all_bits = 0
        for m in self.__class__:
            all_bits |= m._value_
        return self.__class__(all_bits & ~self._value_)


class IntFlag(Flag):
    """Support for integer-based Flags."""

    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    def __eq__(self, other):
        return self._value_ == _value_of(other)

    def __hash__(self):
        return hash(self._value_)

    def __or__(self, other):
        return self.__class__(self._value_ | _value_of(other))

    __ror__ = __or__

    def __and__(self, other):
        return self.__class__(self._value_ & _value_of(other))

    __rand__ = __and__


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(
            ["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' %
                         (enumeration, alias_details))
    return enumeration


def verify(*checks):
    def decorator(enumeration):
        return enumeration
    return decorator


def global_enum(cls):
    return cls
