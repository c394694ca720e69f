# sorting with keys, stability, reverse, itemgetter/attrgetter
from operator import itemgetter, attrgetter
students = [("ann", "B", 21), ("bob", "A", 19), ("cy", "B", 19), ("di", "A", 22)]
print(sorted(students, key=itemgetter(1)))
print(sorted(students, key=itemgetter(1, 2)))
print(sorted(students, key=lambda s: (s[1], -s[2])))
print(sorted(students, key=lambda s: s[2], reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w.lower())))


class Emp:
    def __init__(self, name, salary):
        self.name, self.salary = name, salary

    def __repr__(self):
        return f"Emp({self.name!r}, {self.salary})"


emps = [Emp("x", 300), Emp("y", 100), Emp("z", 200)]
print(sorted(emps, key=attrgetter("salary")))
emps.sort(key=lambda e: e.name, reverse=True)
print(emps)
print(max(emps, key=attrgetter("salary")).name, min(emps, key=lambda e: e.salary))
nums = [5, -3, 2, -8, 0]
print(sorted(nums, key=abs), sorted(nums, reverse=True), list(reversed(nums)))
d = {"b": 2, "a": 3, "c": 1}
print(sorted(d), sorted(d, key=d.get), sorted(d.items(), key=lambda kv: kv[1]))
print(sorted("hello"), "".join(sorted("hello", reverse=True)))
pairs = [(1, "b"), (1, "a"), (0, "z")]
pairs.sort()
print(pairs)
print(sorted([[3, 1], [2], [3, 0]]), sorted([(1, 2), (1,), ()]))
try:
    sorted([3, "a", 1])
except TypeError as e:
    print("TypeError:", e)
