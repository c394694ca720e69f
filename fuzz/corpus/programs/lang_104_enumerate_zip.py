names = ["ann", "bob", "cy"]
ages = [31, 25, 40, 99]
for i, n in enumerate(names):
    print(i, n)
for i, n in enumerate(names, start=1):
    print(f"{i}. {n}")
for n, a in zip(names, ages):
    print(n, a)
print(list(zip(names, ages, "XYZ")))
print(list(zip()), list(zip([1, 2])))
pairs = [(1, "one"), (2, "two")]
nums, words = zip(*pairs)
print(nums, words)
print(dict(zip(names, ages)))
print(list(enumerate("ab", 10)))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)
