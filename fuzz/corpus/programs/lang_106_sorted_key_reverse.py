people = [("alice", 30), ("bob", 25), ("carol", 35), ("dave", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted([3, 1, 2], reverse=True))
print(sorted("Banana", key=str.lower))
print(sorted({"b": 1, "a": 2}))
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
nums = [5, -3, 2, -8]
nums.sort(key=abs)
print(nums)
print(sorted([]), sorted((), reverse=True))
words = ["ccc", "a", "bb", "dd", "e"]
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
