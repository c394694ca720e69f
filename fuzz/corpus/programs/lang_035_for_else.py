def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")
find([1, 2, 3], 2)
find([1, 2, 3], 5)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
k = 0
while k < 3:
    k += 1
else:
    print("while done", k)
while k < 10:
    k += 1
    if k == 5:
        break
else:
    print("never")
print("k", k)
for _ in []:
    pass
else:
    print("empty for else")
