def check(n):
    if n > 0:
    return "positive"
    return "other"
print(check(1))
