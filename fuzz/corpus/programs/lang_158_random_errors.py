import random
random.seed(3)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.randint(5, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
try:
    random.randrange(0)
except ValueError as e:
    print("ValueError:", e)
print(random.randint(5, 5), random.randrange(3, 4))
print(random.sample([1, 2, 3], 0), random.sample([9], 1))
