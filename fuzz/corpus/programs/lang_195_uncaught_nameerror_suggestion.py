def compute():
    result = 41
    return reslt + 1
print("calling")
compute()
