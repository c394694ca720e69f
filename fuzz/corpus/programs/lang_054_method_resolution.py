class Base:
    greeting = "base"
    def hello(self):
        return "Base.hello " + self.greeting
    def call(self):
        return self.hello()
class Child(Base):
    greeting = "child"
    def hello(self):
        return "Child.hello / " + super().hello()
print(Child().call())
print(Base().call())
class GrandChild(Child):
    pass
g = GrandChild()
print(g.hello(), GrandChild.greeting)
print([c.__name__ for c in GrandChild.__mro__])
print(hasattr(g, "hello"), hasattr(g, "bye"))
