class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __eq__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return (self.rank, self.suit) == (other.rank, other.suit)
    def __hash__(self):
        return hash((self.rank, self.suit))
    def __repr__(self):
        return f"Card({self.rank}{self.suit})"
a, b, c = Card(10, "h"), Card(10, "h"), Card(2, "s")
print(a == b, a is b, a != c, a == 10)
print(len({a, b}), {a: 1}[b])
print(hash(a) == hash(b))
class NoHash:
    def __eq__(self, other):
        return True
print(NoHash.__hash__)
try:
    {NoHash()}
except TypeError as e:
    print(e)
print(NoHash() == 5, 5 == NoHash())
