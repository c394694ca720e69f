def sqrt_int(n):
    assert n >= 0, f"n must be non-negative, got {n}"
    r = int(n ** 0.5)
    assert r * r <= n
    return r
print(sqrt_int(17))
try:
    sqrt_int(-4)
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert 1 == 2
except AssertionError as e:
    print("no message:", repr(e), e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(e)
assert True, "never"
print("done")
