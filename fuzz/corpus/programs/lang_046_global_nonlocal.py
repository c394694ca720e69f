counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def read_only():
    return counter * 100
print(read_only())
def shadow():
    counter = -1
    return counter
print(shadow(), counter)
def outer():
    x = 1
    def mid():
        nonlocal x
        x += 10
        def inner():
            nonlocal x
            x *= 2
        inner()
    mid()
    return x
print(outer())
def make_global():
    global created
    created = "yes"
make_global()
print(created)
