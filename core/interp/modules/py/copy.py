"""copy: shallow and deep copy operations, as CPython 3.11's Lib/copy.py
for what scripts copy: the builtin containers (atomic values are returned
as they are), objects with __copy__/__deepcopy__, and instances of
script-defined classes (their __dict__ copied; __reduce_ex__ is not
simulated)."""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error   # backward compatibility

_atomic = {type(None), int, float, bool, str, type, range, type(len),
           type(lambda: 0), type(Ellipsis), type(NotImplemented), property}
for _name in ('complex', 'bytes'):
    _t = __builtins__.get(_name) if isinstance(__builtins__, dict) else getattr(__builtins__, _name, None)
    if _t is not None:
        _atomic.add(_t)
del _name, _t


def _is_atomic(x):
    return type(x) in _atomic


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if _is_atomic(x) or cls is tuple or cls is frozenset:
        return x
    if cls is list:
        return list(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    if isinstance(x, type):
        return x
    return _reconstruct(x, None, False)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x) or isinstance(x, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        append = y.append
        for a in x:
            append(deepcopy(a, memo))
    elif cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        # We're not going to put the tuple in the memo, but it's still
        # important we check for it, in case the tuple contains recursive
        # mutable structures.
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, y):
            if k is not j:
                y = tuple(y)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    elif cls is frozenset:
        y = frozenset(deepcopy(a, memo) for a in x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo, True)
    # If is its own copy, don't memoize.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)  # Make sure x lives at least as long as d
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        # aha, this is the first one :-)
        memo[id(memo)] = [x]


def _reconstruct(x, memo, deep):
    cls = type(x)
    if isinstance(x, list):
        y = cls.__new__(cls)
        if deep:
            memo[id(x)] = y
        y.extend(deepcopy(a, memo) if deep else a for a in x)
    elif isinstance(x, dict):
        y = cls.__new__(cls)
        if deep:
            memo[id(x)] = y
        for key, value in x.items():
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            dict.__setitem__(y, key, value)
    elif isinstance(x, tuple):
        items = [deepcopy(a, memo) for a in x] if deep else list(x)
        y = tuple.__new__(cls, items)
        if deep:
            memo[id(x)] = y
    elif isinstance(x, set):
        y = cls(deepcopy(a, memo) for a in x) if deep else cls(x)
    else:
        try:
            y = object.__new__(cls)
        except TypeError:
            raise Error("un(deep)copyable object of type %s" % cls)
        if deep:
            memo[id(x)] = y
    state = getattr(x, '__dict__', None)
    if state:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__') and not isinstance(y, (list, dict, tuple, set)):
            y.__setstate__(state)
        else:
            y.__dict__.update(state)
    return y
