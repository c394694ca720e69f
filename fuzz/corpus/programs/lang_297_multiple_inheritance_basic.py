class Walker:
    def move(self):
        return "walk"
    def describe(self):
        return "I can " + self.move()
class Swimmer:
    def move(self):
        return "swim"
    def swim_speed(self):
        return 3
class Duck(Walker, Swimmer):
    pass
class Fish(Swimmer):
    pass
d = Duck()
print(d.move(), d.describe(), d.swim_speed())
print([c.__name__ for c in Duck.__mro__])
print(isinstance(d, Swimmer), Fish().move())
class Loud:
    def speak(self):
        return super().speak().upper()
class Base:
    def speak(self):
        return "hello"
class LoudBase(Loud, Base):
    pass
print(LoudBase().speak())
