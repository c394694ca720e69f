log = []
def f(n):
    try:
        log.append(f"try {n}")
        if n == 1:
            raise ValueError(n)
        if n == 2:
            return "early"
    except ValueError:
        log.append("except")
        return "handled"
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return "end"
for n in range(3):
    log.clear()
    r = f(n)
    print(n, r, log)
def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested())
