# subscripting builtin classes: list[int], dict[str, int], user __class_getitem__
import asyncio
import collections
alias = list[int]
print(alias, dict[str, int], tuple[int, ...], set[str], type(alias).__name__)
print(alias.__origin__, alias.__args__, alias([1, 2]))
print(list[int] == list[int], list[int] == list[str])
print(asyncio.Queue[int], collections.deque[str], collections.defaultdict[str, list])


def total(xs: list[int]) -> dict[str, int]:
    return {"sum": sum(xs)}


print(total([1, 2, 3]), total.__annotations__)


class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{getattr(item, '__name__', item)}]"


print(Box[int], Box["x"])


class TypedList(list):
    pass


print(TypedList[int])
import types
print(types.GenericAlias(list, (int,)))
