# hash() of str/bytes and the iteration order of sets of strings (PYTHONHASHSEED=0)
print(hash("abc"), hash(""), hash("hello world"), hash("é"), hash("日本"))
print(hash(b"abc") == hash("abc"), hash(("a", 1)), hash(frozenset(["x"])) == hash(frozenset(["x"])))
fruits = {"apple", "banana", "cherry", "date", "elderberry", "fig"}
print(fruits)
print(set("mississippi"), set("hello world"))
words = "the quick brown fox jumps over the lazy dog".split()
unique = set(words)
print(unique, len(unique))
print({"a", "b"} | {"c", "d"}, {"x", "y", "z"} - {"y"})
print(frozenset({"red", "green", "blue"}))
vowels = {c for c in "programming language" if c in "aeiou"}
print(vowels)
s = set()
for w in ["delta", "alpha", "charlie", "bravo", "echo"]:
    s.add(w)
print(s, s.pop(), s)
d = {}
for w in words:
    d[w] = d.get(w, 0) + 1
print(d)
print(sorted(unique), list({"k1": 1, "k2": 2}))
