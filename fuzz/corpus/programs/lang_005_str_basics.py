s = "Hello, World"
print(len(s), s[0], s[-1], s[7:], s[:5])
print(s.upper(), s.lower())
print(s + "!" * 3)
print("World" in s, "world" in s)
print(s.find("o"), s.rfind("o"), s.find("xyz"))
print(s.count("l"))
print(s.replace("l", "L"))
print(s.replace("l", "L", 1))
print(s.split(", "))
t = "  padded  "
print("[" + t.strip() + "]", "[" + t.lstrip() + "]", "[" + t.rstrip() + "]")
print("abc" * 0, repr("abc" * 0))
print("a" < "b", "apple" < "apricot", "Z" < "a")
print(str(123) + str(4.5) + str(True) + str(None))
for ch in "hey":
    print(ch, ord(ch))
