def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"
for s in [95, 85, 72, 10, 90, 80]:
    print(s, grade(s))
x = []
if x:
    print("non-empty")
elif x is not None:
    print("empty list")
if not x and len(x) == 0:
    pass
print("done")
