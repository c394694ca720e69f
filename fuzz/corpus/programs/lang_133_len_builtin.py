print(len("abc"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}), len(range(10)))
print(len(""), len([]), len("中文"), len(b"\xe4\xb8\xad"))
class Sized:
    def __len__(self):
        return 7
print(len(Sized()))
class Negative:
    def __len__(self):
        return -1
try:
    len(Negative())
except ValueError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    len(x for x in "ab")
except TypeError as e:
    print(e)
class NotInt:
    def __len__(self):
        return "3"
try:
    len(NotInt())
except TypeError as e:
    print(e)
