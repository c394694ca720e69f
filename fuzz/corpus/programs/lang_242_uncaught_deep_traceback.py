def level1(x):
    return level2(x) + 1
def level2(x):
    return level3(x) * 2
def level3(x):
    return level4(x) - 3
def level4(x):
    return {"a": 1}[x]
print(level1("a"))
print(level1("b"))
