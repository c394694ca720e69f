s = "a,b,,c"
print(s.split(","), s.split(",", 1), s.rsplit(",", 1))
print("  many   spaces here ".split())
print("  many   spaces here ".split(" "))
print("x".split(","), "".split(","), "".split())
print("a b c d".rsplit(None, 2), "a b c d".split(maxsplit=1))
print("-".join(["2025", "01", "01"]), "".join([]), ", ".join("abc"))
try:
    ",".join([1, 2])
except TypeError as e:
    print(e)
print("k=v=w".partition("="), "k=v=w".rpartition("="), "none".partition("="))
print("one\ntwo\n\nthree\n".splitlines())
try:
    "abc".split("")
except ValueError as e:
    print(e)
