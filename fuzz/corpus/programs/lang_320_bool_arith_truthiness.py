flags = [True, False, True, True]
print(sum(flags), flags.count(True), True + 0.5)
print(True & False, True | False, True ^ True, ~True)
print(max(True, 2), min(False, -1), abs(True))
print(int("1") == True, str(True).lower(), repr(False))
print(f"{True:d} {False:>5} {True!r}")
def tri(v):
    return "yes" if v else "no"
print([tri(v) for v in [0, 0.0, "", [], {}, (), None, 1, "0", [0], -1]])
x = 0
y = x or 10
z = x and 10
print(y, z, 5 and 0 or "fallback")
print(isinstance(True, int), type(True + True).__name__)
print({True: "a", 1: "b"})
