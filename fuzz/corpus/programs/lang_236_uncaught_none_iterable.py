def find_all(items, pred):
    result = [i for i in items if pred(i)]
    if result:
        return result
for x in find_all([1, 2, 3], lambda i: i > 1):
    print("found", x)
for x in find_all([1, 2, 3], lambda i: i > 5):
    print("found", x)
