# uncaught attribute suggestion
print("--- uncaught attribute suggestion ---")
numbers = [3, 1, 2]
numbers.append(4)
print(numbers)
numbers.apend(5)
