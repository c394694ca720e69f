employees = [
    ("Ann", "eng", 5), ("Bob", "ops", 3), ("Cy", "eng", 3),
    ("Di", "ops", 5), ("Ed", "eng", 5), ("Flo", "hr", 1),
]
print(sorted(employees, key=lambda e: (e[1], -e[2], e[0])))
print(sorted(employees, key=lambda e: e[2], reverse=True))
by_dept = sorted(employees, key=lambda e: e[0], reverse=True)
by_dept.sort(key=lambda e: e[1])
print([e[0] for e in by_dept])
print(sorted(["b10", "a2", "a10", "b1"], key=lambda s: (s[0], int(s[1:]))))
print(sorted([-3, 2, -1, 0], key=lambda v: (abs(v), v)))
print(sorted("Hello World", key=lambda c: (c.lower(), c)))
