scores = {"math": 90, "art": 75, "music": 82}
for i, (subject, score) in enumerate(scores.items(), 1):
    print(f"{i}. {subject:<6} {score}")
ranked = sorted(scores, key=scores.__getitem__, reverse=True)
print(ranked)
for pos, subj in enumerate(ranked):
    scores[subj] += 10 - pos
print(scores)
letters = {c: i for i, c in enumerate("hello")}
print(letters)
print(list(enumerate(scores)))
