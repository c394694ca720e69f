class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name}: {self.speak()}"
class Cat(Animal):
    def speak(self):
        return "meow"
class Lion(Cat):
    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride
    def speak(self):
        return super().speak().upper() + "!"
for a in [Animal("generic"), Cat("Tom"), Lion("Leo", "north")]:
    print(a.describe())
leo = Lion("Leo", "east")
print(leo.pride, isinstance(leo, Animal), isinstance(leo, Cat))
print(issubclass(Lion, Animal), issubclass(Animal, Lion))
print(Lion.__bases__, Lion.__mro__)
print(type(leo).__name__, type(leo) is Cat)
