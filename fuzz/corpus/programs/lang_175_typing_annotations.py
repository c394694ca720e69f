from typing import List, Dict, Optional, Any, Callable, Tuple, Union
def total(values: List[int]) -> int:
    return sum(values)
def lookup(table: Dict[str, int], key: str) -> Optional[int]:
    return table.get(key)
def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)
def describe(x: Any) -> str:
    return type(x).__name__
def pair(a: int, b: str = "z") -> Tuple[int, str]:
    return a, b
def either(v: Union[int, str]) -> str:
    return str(v)
print(total([1, 2, 3]))
print(lookup({"a": 1}, "a"), lookup({}, "b"))
print(apply(lambda n: n * 10, 4))
print(describe(3.0), describe(None))
print(pair(1), either(5))
count: int = 0
names: List[str] = []
names.append("x")
print(count, names)
print(sorted(total.__annotations__))
