students = [("ann", 88), ("bob", 72), ("cy", 95), ("di", 64)]
grades = {name: ("pass" if score >= 70 else "fail") for name, score in students}
print(grades)
by_grade = {}
for name, g in grades.items():
    by_grade.setdefault(g, []).append(name)
print(by_grade)
scores = dict(students)
curved = {k: min(100, v + 5) for k, v in scores.items()}
print(curved)
print({k: v for k, v in scores.items() if v > 80})
print(max(scores.items(), key=lambda kv: kv[1]))
print(sum(scores.values()) / len(scores))
swapped = {v: k for k, v in scores.items()}
print(swapped[95], sorted(swapped)[:2])
print(dict(zip(scores, range(len(scores)))))
