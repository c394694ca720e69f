def f():
    try:
        return "try"
    finally:
        print("cleanup")
print(f())
def g():
    try:
        return "try"
    finally:
        return "finally"
print(g())
def h():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(h())
def loop():
    for i in range(5):
        try:
            if i == 2:
                break
            continue
        finally:
            print("finally", i)
    return i
print(loop())
def counter():
    x = 1
    try:
        return x
    finally:
        x = 100
        print("x set to", x)
print(counter())
