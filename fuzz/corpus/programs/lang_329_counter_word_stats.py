from collections import Counter
text = """it was the best of times it was the worst of times
it was the age of wisdom it was the age of foolishness"""
words = text.split()
c = Counter(words)
print(c.most_common(4))
print(len(c), sum(c.values()), c["times"], c["nothing"])
letters = Counter(ch for ch in text if ch.isalpha())
print(letters.most_common(3))
lengths = Counter(len(w) for w in words)
print(sorted(lengths.items()))
first = Counter(w[0] for w in words)
print(first.most_common(2))
print(Counter("aabbbc") - Counter("abc"), Counter("ab") + Counter("bc"))
