values = [3, None, 1, None, 2]
print([v for v in values if v is not None])
print(sorted(v for v in values if v is not None))
try:
    sorted(values)
except TypeError as e:
    print(e)
try:
    None + 1
except TypeError as e:
    print(e)
try:
    None < 1
except TypeError as e:
    print(e)
try:
    len(None)
except TypeError as e:
    print(e)
try:
    nothing = None
    nothing()
except TypeError as e:
    print(e)
try:
    nothing = None
    nothing[0]
except TypeError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
print(None == 0, None == False, None is None)
