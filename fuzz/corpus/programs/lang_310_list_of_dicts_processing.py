people = [
    {"name": "Ann", "dept": "eng", "salary": 120},
    {"name": "Bob", "dept": "ops", "salary": 90},
    {"name": "Cy", "dept": "eng", "salary": 100},
    {"name": "Di", "dept": "ops", "salary": 95},
    {"name": "Ed", "dept": "hr", "salary": 70},
]
by_dept = {}
for p in people:
    by_dept.setdefault(p["dept"], []).append(p)
for dept, members in by_dept.items():
    avg = sum(m["salary"] for m in members) / len(members)
    names = ", ".join(m["name"] for m in members)
    print(f"{dept:<4} n={len(members)} avg={avg:6.1f} [{names}]")
richest = max(people, key=lambda p: p["salary"])
print(richest["name"])
print([p["name"] for p in sorted(people, key=lambda p: (p["dept"], -p["salary"]))])
raise_pct = {"eng": 0.1, "ops": 0.05}
for p in people:
    p["salary"] = round(p["salary"] * (1 + raise_pct.get(p["dept"], 0)), 1)
print([p["salary"] for p in people])
