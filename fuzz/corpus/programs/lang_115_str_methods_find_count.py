s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"))
print(s.index("quick"), s.rindex("o"), s.count("o"), s.count("the"))
print(s.count(""), "aaaa".count("aa"))
try:
    s.index("cat")
except ValueError as e:
    print(e)
try:
    [1, 2].index(3)
except ValueError as e:
    print(e)
try:
    "abc".rindex("z")
except ValueError as e:
    print(e)
print(s.replace("the", "a"), s.replace(" ", "", 3))
print("abc".replace("", "-"))
words = s.split()
print(len(words), max(words, key=len), sorted(set(words))[:3])
