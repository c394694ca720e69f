class Limited:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        self.n -= 1
        if self.n < 0:
            raise OverflowError("iterator ran past its limit")
        return self.n
for v in Limited(3):
    print(v)
