class Dog:
    species = "canine"
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def bark(self):
        return f"{self.name} says woof"
    def birthday(self):
        self.age += 1
        return self
d = Dog("Rex", 3)
print(d.bark(), d.age)
d.birthday().birthday()
print(d.age, d.species, Dog.species)
e = Dog("Fido", 1)
e.species = "wolf"
print(e.species, d.species, Dog.species)
print(type(d).__name__, isinstance(d, Dog))
print(Dog.bark(d))
print(d.__dict__)
print(Dog.__name__, Dog.__qualname__)
