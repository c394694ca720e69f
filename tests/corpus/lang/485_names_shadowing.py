# Names looked up again and again while their bindings change: builtins
# shadowed by globals and unshadowed, globals deleted and re-created, the
# globals dict growing under a running loop, class bodies and closures.
def size(xs):
    return len(xs)

print(size([1, 2, 3]))
len = lambda xs: -1          # a global shadows the builtin
print(size([1, 2, 3]))
del len                      # and goes: the builtin is back
print(size([1, 2, 3]))

total = 0
for i in range(5):
    total += i
    if i == 2:
        for k in range(40):  # the module's dict grows and moves its entries
            globals()["extra_%d" % k] = k
print(total, extra_39)

for round_ in range(3):
    x = round_
    del x
    x = round_ * 10
print(x)

try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)
undefined_name = "now defined"
print(undefined_name)

def reader():
    return counter

counter = 1
results = []
for _ in range(3):
    results.append(reader())
    counter += 1
print(results)

class Box:
    label = "box"
    size = len(label)        # the builtin, from a class body
    print(label, size)

abs = lambda v: "shadowed"
print(abs(-3))
del abs
print(abs(-3))

def make():
    value = 1
    def inner():
        return value + int("1")
    value = 5
    return inner
print(make()())
