import random
random.seed(2024)
rolls = [random.randint(1, 6) for _ in range(600)]
counts = {face: rolls.count(face) for face in range(1, 7)}
print(counts)
print(sum(rolls), max(counts, key=counts.get))
random.seed(1)
heads = sum(1 for _ in range(1000) if random.random() < 0.5)
print("heads", heads)
random.seed(7)
walk = 0
path = []
for _ in range(20):
    walk += random.choice([-1, 1])
    path.append(walk)
print(path)
random.seed(123456789)
print(random.randint(1, 1000))
