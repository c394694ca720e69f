class Counter:
    count = 0
    items = []
    def __init__(self):
        Counter.count += 1
        self.items.append(Counter.count)
a = Counter()
b = Counter()
print(Counter.count, a.count, b.items, a.items is b.items)
a.count = 100
print(a.count, b.count, Counter.count)
del a.count
print(a.count)
class Config:
    debug = False
class Dev(Config):
    debug = True
print(Config.debug, Dev.debug, Dev().debug)
Config.debug = "changed"
class Prod(Config):
    pass
print(Prod.debug)
