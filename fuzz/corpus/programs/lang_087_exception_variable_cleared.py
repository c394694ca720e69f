try:
    raise ValueError("temp")
except ValueError as e:
    msg = str(e)
print(msg)
try:
    print(e)
except NameError as err:
    print("NameError:", err)
e = "reset"
try:
    1 / 0
except ZeroDivisionError as e:
    pass
try:
    e
except NameError as err:
    print("gone again:", err)
