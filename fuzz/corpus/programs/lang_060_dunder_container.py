class Deck:
    def __init__(self, cards):
        self.cards = list(cards)
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __contains__(self, c):
        print("contains?", c)
        return c in self.cards
    def __setitem__(self, i, v):
        self.cards[i] = v
    def __delitem__(self, i):
        del self.cards[i]
d = Deck("ABCDE")
print(len(d), d[0], d[-1], d[1:3])
print("C" in d, "Z" in d)
d[0] = "a"
del d[1]
print(d.cards, list(d))
for card in d:
    print(card, end=" ")
print()
print(bool(Deck([])), bool(d))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 100
print(list(Seq()), 200 in Seq())
