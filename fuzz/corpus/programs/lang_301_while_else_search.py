def first_divisor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return None
    return d
for n in [15, 17, 49, 97, 1]:
    print(n, first_divisor(n))
attempts = [False, False, True]
i = 0
while i < len(attempts):
    if attempts[i]:
        print("succeeded at", i)
        break
    i += 1
else:
    print("all failed")
