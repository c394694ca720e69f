try:
    import numpy
except ImportError as e:
    print(type(e).__name__, e)
    print(e.name)
try:
    import aiohttp
except ModuleNotFoundError as e:
    print("fallback:", e)
try:
    from numpy import array
except ImportError as e:
    print(repr(e))
try:
    from time import does_not_exist
except ImportError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
import math as m
from collections import deque as dq
print(m.floor(2.5), dq([1]))
