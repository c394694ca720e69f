# string processing a teacher assigns: word counts, caesar, palindromes, anagrams
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness"""
words = [w.strip(",.").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
for word, n in top:
    print(f"{word:>8} {'#' * n} {n}")


def caesar(s, k):
    out = []
    for ch in s:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)


enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))


def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]


print([is_palindrome(s) for s in ["A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?"]])
groups = {}
for w in ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]:
    groups.setdefault("".join(sorted(w)), []).append(w)
print([g for g in groups.values() if len(g) > 1])
print("hello world".title(), "Hello".swapcase(), "abcabc".replace("b", "B", 1), "abc".find("z"))
print("a-b-c".split("-", 1), "a b  c".split(), "  pad  ".lstrip() + "|", "x".ljust(3, ".") + "|")
print("Python".startswith(("Py", "Ja")), "data.csv".endswith(".csv"), "42".isdigit(), "ab1".isalnum())
print("The Title".istitle(), "ß".upper(), "İ".lower() == "i̇", "straße".casefold())
print("%5.2f|%-5d|%s|%r|%03d|%x" % (3.14159, 42, "s", "r", 7, 255))
print("{:>6}|{:<6}|{:^6}|{:.3}".format("a", "b", "c", "abcdef"))
print("{0} {1} {0}".format("x", "y"), "{name}!".format(name="n"), "{:*^11}".format("mid"))
print("tab\tsep".expandtabs(4), repr("quote's"), repr('dq"'), "line1\nline2".splitlines())
print(ord("A"), chr(97), "abc" * 2, "-" * 10, "a" < "b", "Z" < "a", "abc"[::-1], "hello"[1:4])
print(" ".join(reversed("one two three".split())), "x,y,,z".split(","), "a\nb\r\nc".splitlines())
print("Mississippi".count("ss"), "banana".rfind("a"), "banana".partition("n"), "banana".rpartition("n"))
