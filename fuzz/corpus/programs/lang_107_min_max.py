nums = [4, -9, 7, 0]
print(min(nums), max(nums), min(3, 1, 2), max("apple", "pear"))
print(max(nums, key=abs), min(nums, key=lambda n: (n - 5) ** 2))
print(max([], default="empty"), min([], default=None))
print(max("hello"), min((2, "b"), (2, "a")))
words = {"x": 3, "y": 9, "z": 1}
print(max(words, key=words.get), min(words.items(), key=lambda kv: kv[1]))
try:
    max([])
except ValueError as e:
    print(e)
try:
    min()
except TypeError as e:
    print(e)
print(max([1, 3, 3.0], key=lambda v: v), max([3.0, 3]))
