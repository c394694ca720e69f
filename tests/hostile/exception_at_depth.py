# hostile: an exception raised 50 frames deep, chained
# reference: cpython
# expect-code: 1
# expect-stderr: ValueError: wrapped at depth
# expect-stdout: 
def level(n):
    if n == 0:
        return {}["missing"]
    return level(n - 1)

def outer():
    try:
        level(50)
    except KeyError as e:
        raise ValueError("wrapped at depth") from e

outer()
