def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        print("cannot divide by zero")
        return None
    except TypeError as e:
        print("type problem:", e)
        return None
    else:
        print("no exception")
        return result
    finally:
        print("finally for", a, b)
print(divide(6, 3))
print(divide(1, 0))
print(divide("x", 2))
try:
    pass
except Exception:
    print("never")
else:
    print("else runs")
finally:
    print("finally runs")
