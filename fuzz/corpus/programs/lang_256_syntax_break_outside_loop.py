def search(items, target):
    for i in items:
        if i == target:
            print("found")
    break
search([1, 2], 2)
