words = ["b", "a", "b", "c", "a", "d"]
seen = set()
unique = []
for w in words:
    if w not in seen:
        seen.add(w)
        unique.append(w)
print(unique)
print(list(dict.fromkeys(words)))
print(sorted(set(words)))
print(len(words), len(seen))
vowels = set("aeiou")
print(sum(1 for c in "programming language" if c in vowels))
print(sorted(set("hello") & set("world")))
print(sorted(set(range(10)) - set(range(0, 10, 3))))
