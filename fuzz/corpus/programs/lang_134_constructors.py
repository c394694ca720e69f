print(list(), tuple(), dict(), set(), str(), int(), float(), bool())
print(list("abc"), list((1, 2)), list({"k": 1}), list(range(3)))
print(tuple([1, 2]), tuple({"a": 0, "b": 0}))
print(dict([("a", 1)], b=2), dict({"x": 1}), dict(zip([1, 2], "ab")))
print(sorted(set([3, 1, 3])), len(set("hello")))
print(str([1, "2"]), str((1,)), str({"k": "v"}), str(b"x"))
print(int(True), int("  10 "), int(7.9), int(-7.9), float(True), float(" 1e2 "))
print(bool("False"), bool(0.0), bool(-1))
try:
    list(5)
except TypeError as e:
    print(e)
try:
    dict([1, 2])
except TypeError as e:
    print(e)
try:
    int([1])
except TypeError as e:
    print(e)
try:
    float([1])
except TypeError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
