def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))
def power(base, exp=2):
    return base ** exp
print(power(3), power(2, 8), power(exp=3, base=2))
print(greet.__defaults__, power.__name__)
def f(a, b=[]):
    b.append(a)
    return len(b)
print(f(1), f(2), f(3, []))
