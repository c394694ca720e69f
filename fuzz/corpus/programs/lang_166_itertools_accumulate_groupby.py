import itertools
print(list(itertools.accumulate([1, 2, 3, 4])))
print(list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print(list(itertools.accumulate([1, 2, 3], initial=100)))
data = "aaabccdaa"
print([(k, len(list(g))) for k, g in itertools.groupby(data)])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for letter, group in itertools.groupby(sorted(words), key=lambda w: w[0]):
    print(letter, list(group))
nums = [1, 3, 5, 2, 4, 7, 9, 6]
for odd, grp in itertools.groupby(nums, key=lambda n: n % 2 == 1):
    print(odd, list(grp))
print(list(itertools.zip_longest("abc", [1], fillvalue="-")))
print(list(itertools.zip_longest([1, 2], [3])))
print(list(itertools.takewhile(lambda x: x < 4, [1, 3, 5, 2])))
print(list(itertools.dropwhile(lambda x: x < 4, [1, 3, 5, 2])))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(itertools.filterfalse(lambda x: x % 2, range(8))))
