lst = [1, 2, 3]
try:
    lst.remove(9)
except ValueError as e:
    print(e)
try:
    lst.index(9)
except ValueError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    lst.pop(10)
except IndexError as e:
    print(e)
try:
    lst[3]
except IndexError as e:
    print(e)
try:
    lst[3] = 0
except IndexError as e:
    print(e)
try:
    "abc"[5]
except IndexError as e:
    print(e)
try:
    (1, 2)[2]
except IndexError as e:
    print(e)
try:
    lst["0"]
except TypeError as e:
    print(e)
try:
    lst.sort(key=1)
except TypeError as e:
    print(e)
