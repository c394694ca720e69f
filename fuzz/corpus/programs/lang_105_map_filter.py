print(list(map(str.upper, ["a", "b"])))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6, 7])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(list(filter(lambda n: n % 3 == 0, range(10))))
m = map(int, "1 2 3".split())
print(type(m).__name__, sum(m), list(m))
print(list(map(len, ["ab", "", "xyz"])))
def is_vowel(c):
    return c in "aeiou"
print("".join(filter(is_vowel, "education")))
print(list(map(abs, filter(lambda v: v < 0, [3, -2, 5, -7]))))
