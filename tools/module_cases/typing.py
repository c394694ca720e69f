### reprs
import typing
from typing import List, Dict, Optional, Union, Tuple, Set, Callable, Any, Iterable, Awaitable, Coroutine, Literal, Type, FrozenSet
print(List, List[int], Dict[str, int], Optional[int], Union[int, str], Union[int, None], Union[None, str])
print(Tuple[int, str], Tuple[int, ...], Tuple[()], Set[float], FrozenSet[str], Type[int], Any)
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None], Iterable[int], Awaitable[str], Coroutine[Any, Any, int])
print(Optional[List[int]], Dict[str, List[Tuple[int, int]]], Literal['a', 1], Union[int], Union[int, Union[str, float]], Union[int, int, str])
print(typing.Deque[int], typing.DefaultDict[str, list], typing.Counter[str], typing.Generator[int, None, None], typing.AsyncIterator[int])
class Node: pass
print(Optional[Node], List['Node'], typing.ClassVar[int], typing.Final[str], typing.Annotated[int, "meta"])
### typevar_generic
from typing import TypeVar, Generic, List, Protocol
T = TypeVar('T')
K = TypeVar('K', str, bytes)
V = TypeVar('V', covariant=True)
print(T, K, V, T.__name__, K.__constraints__, TypeVar('B', bound=int).__bound__)
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), s.items, isinstance(s, Stack), Stack.__name__)
class Greeter(Protocol):
    def greet(self) -> str: ...
class English:
    def greet(self) -> str:
        return "hello"
def welcome(g: Greeter) -> str:
    return g.greet()
print(welcome(English()))
### helpers
import typing
from typing import cast, List, Dict, Optional, NewType, NamedTuple, TYPE_CHECKING, get_origin, get_args, Union, Callable
print(cast(int, "x"), cast(List[int], [1]), TYPE_CHECKING)
UserId = NewType('UserId', int)
print(UserId(5), type(UserId(5)).__name__)
P = NamedTuple('P', [('x', int), ('y', float)])
print(P(1, 2.5), P._fields)
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]) is Union, get_args(Optional[int]), get_args(Callable[[int], str]), get_origin(int))
if TYPE_CHECKING:
    print("never")
def f(x: int) -> Optional[str]:
    return None
print(f(1), List[int] == List[int], Union[int, str] == Union[str, int])
for bad in [lambda: List[int](), lambda: typing.Any(), lambda: Dict[int]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
@typing.overload
def g(x): ...
def g(x):
    return x
print(g(3), typing.final(g) is g)
### namedtuple_class
from typing import NamedTuple
class Emp(NamedTuple):
    name: str
    dept: str = "eng"
    def label(self):
        return f"{self.name}@{self.dept}"
e = Emp("ann")
print(e, e.label(), e._asdict(), Emp._fields, isinstance(e, tuple), e[0], Emp("b", "ops") == ("b", "ops"), e._replace(dept="x"))
P = NamedTuple('P', [('x', int), ('y', float)])
print(P(1, 2.5), P._fields, P.__module__)
try:
    Emp()
except TypeError as ex:
    print(ex)
x, y = P(3, 4.0)
print(x + y, Emp._field_defaults)
### abc_aliases
import typing
print(isinstance([1], typing.Iterable), isinstance(5, typing.Iterable), isinstance({}, typing.Mapping), isinstance((), typing.Sequence), issubclass(list, typing.List), isinstance([], typing.List))
