import random
random.seed(99)
deck = [f"{r}{s}" for s in "SHDC" for r in ["A", "K", "Q", "J", "10"]]
random.shuffle(deck)
hand = deck[:5]
print(hand)
print(random.sample(deck, 3))
print(random.choice(deck))
guesses = [random.randint(1, 100) for _ in range(5)]
print(guesses)
print([round(random.uniform(0, 10), 3) for _ in range(3)])
print([random.randrange(0, 10, 2) for _ in range(5)])
weights = {"a": 0, "b": 0}
for _ in range(100):
    weights["a" if random.random() < 0.3 else "b"] += 1
print(weights)
