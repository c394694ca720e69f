class Order:
    def __init__(self, items):
        self.items = items
    @property
    def average(self):
        return sum(self.items) / len(self.items)
print(Order([2, 4]).average)
print(Order([]).average)
