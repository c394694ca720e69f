class Greeter:
    def greet(self, name, greeting):
        return f"{greeting}, {name}"
g = Greeter()
print(g.greet("Ann", "Hi"))
print(g.greet("Bob"))
