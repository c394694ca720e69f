count = 10
total = 3items + count
print(total)
