# CPU-bound: dict and list work.
counts = {}
data = [(i * 7919) % 1000 for i in range(2_000_000)]
for v in data:
    counts[v] = counts.get(v, 0) + 1
ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(len(counts), ordered[:3])
