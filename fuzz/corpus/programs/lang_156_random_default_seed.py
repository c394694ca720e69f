import random
print(random.random())
print(random.random())
print([random.randint(0, 9) for _ in range(10)])
print(random.choice("abcdefg"))
items = ["a", "b", "c", "d", "e"]
random.shuffle(items)
print(items)
print(random.randrange(1, 7))
print(round(random.uniform(-1, 1), 6))
