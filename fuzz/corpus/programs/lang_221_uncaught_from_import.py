import sys
from time import sleep, monotonic
sleep(1)
print(monotonic())
from itertools import chain, flatten
print(list(chain([1], [2])))
