class Abort(Exception):
    """Signals an abort."""
def step(n):
    print("step", n)
    if n == 2:
        raise Abort
for n in range(5):
    step(n)
