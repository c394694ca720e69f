print(hash(1), hash(0), hash(-1), hash(-2), hash(True), hash(False))
print(hash(1.0) == hash(1), hash(2.5) == hash(2.5))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)))
print(hash(12345), hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 62))
print(hash(()) == hash(()), hash(None) == hash(None))
try:
    hash([1])
except TypeError as e:
    print(e)
try:
    hash({})
except TypeError as e:
    print(e)
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
