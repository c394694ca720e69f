for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        print(i, j)
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v * v > 10:
            found = v
            break
    if found:
        break
print("found", found)
out = []
for ch in "a1b2c3":
    if ch.isdigit():
        continue
    out.append(ch)
print(out)
