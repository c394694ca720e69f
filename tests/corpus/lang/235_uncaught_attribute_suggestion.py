numbers = [3, 1, 2]
numbers.append(4)
print(numbers)
numbers.apend(5)
