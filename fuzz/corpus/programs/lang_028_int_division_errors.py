try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1 // 0
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    divmod(3, 0)
except ZeroDivisionError as e:
    print(e)
try:
    5.0 // 0.0
except ZeroDivisionError as e:
    print(e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(e)
print(0 ** 0, 0.0 ** 0)
