# a grade report with formatting, statistics and exceptions
import statistics

raw = """ann,90,85,77
bob,60,72,58
cy,100,95,98
di,abc,80,70
ed,88,,91"""

students = {}
for line in raw.splitlines():
    name, *marks = line.split(",")
    try:
        scores = [int(m) for m in marks]
    except ValueError as e:
        print(f"skipping {name}: {e}")
        continue
    students[name] = scores


def letter(avg):
    if avg >= 90:
        return "A"
    elif avg >= 80:
        return "B"
    elif avg >= 70:
        return "C"
    return "F"


print(f"{'Name':<6}|{'Avg':>7}|{'Best':>5}| Grade")
print("-" * 27)
for name, scores in sorted(students.items(), key=lambda kv: -sum(kv[1])):
    avg = sum(scores) / len(scores)
    print(f"{name:<6}|{avg:>7.2f}|{max(scores):>5}| {letter(avg)}")
all_scores = [s for sc in students.values() for s in sc]
print("mean", round(statistics.mean(all_scores), 3), "median", statistics.median(all_scores))
print("stdev", round(statistics.stdev(all_scores), 4), "mode", statistics.mode([1, 2, 2, 3]))
best = max(students, key=lambda n: sum(students[n]))
print(f"top student: {best.title()} with {sum(students[best])} points")
print({n: letter(sum(s) / len(s)) for n, s in students.items()})
