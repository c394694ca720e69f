class A:
    pass
class B(A):
    pass
b = B()
print(type(b), type(b).__name__, type(b).__bases__)
print(type(A), type(type), type(None), type(len))
print(type(1), type(1.0), type("s"), type([]), type(()), type({}), type(set()))
print(type(range(1)), type(iter([])), type(len))
print(b.__class__ is B, B.__base__ is A)
print(isinstance(b, A), type(b) is A)
Dyn = type("Dyn", (A,), {"x": 5})
print(Dyn.x, Dyn.__name__, issubclass(Dyn, A))
print(object.__name__, object.__bases__)
