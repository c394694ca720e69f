# CPU-bound: f-strings, str methods and joins.
parts = []
for i in range(800_000):
    parts.append(f"{i:05d}-{i * 1.5:.2f}")
s = "|".join(parts)
print(len(s), s[:40], s.count("-"))
