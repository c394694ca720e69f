# subclasses of builtins get an instance __dict__
class Tagged(list):
    pass


t = Tagged([3, 1, 2])
t.label = "numbers"
t.sort()
print(t, t.label, t.__dict__, len(t))


class Config(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)


c = Config(host="localhost", port=80)
c.debug = True
print(c.host, c.port, c.debug, c)


class Name(str):
    def shout(self):
        return self.upper() + "!"


n = Name("ada")
n.role = "admin"
print(n.shout(), n.role, n.title())


class Bag(set):
    pass


b = Bag([1, 2])
b.owner = "me"
print(sorted(b), b.owner)


class Pt(tuple):
    pass


p = Pt((1, 2))
p.extra = 3
print(p, p.extra)
