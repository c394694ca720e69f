parts = []
for i in range(5):
    parts.append(str(i * i))
print(",".join(parts))
print(" ".join(reversed("a b c".split())))
words = ["python", "is", "fun"]
print(" ".join(w.capitalize() for w in words))
print("".join(sorted(set("mississippi"))))
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym)
lines = ["first", "second", "third"]
print("\n".join(f"{i}: {l}" for i, l in enumerate(lines, 1)))
print("|".join(["", "a", ""]))
print("x".join("abc"))
