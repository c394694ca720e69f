print({x: x ** 2 for x in range(5)})
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv)
s = {x % 3 for x in range(10)}
print(sorted(s), len(s))
print({c for c in "aaa"})
print({(i, j): i * j for i in range(2) for j in range(2)})
words = ["hi", "hello", "hey", "yo"]
by_len = {}
for w in words:
    by_len.setdefault(len(w), []).append(w)
print(by_len)
print({w[0]: w for w in words})
