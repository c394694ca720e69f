x = "global x"
squares = [x * x for x in range(4)]
print(squares, x)
class C:
    factor = 3
    values = [i for i in range(3)]
    try:
        scaled = [i * factor for i in range(3)]
    except NameError as e:
        scaled = str(e)
print(C.values, C.scaled)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
gen = (y for y in range(3))
print(list(gen))
nested = [[j for j in range(i)] for i in range(4)]
print(nested)
print({n: [m for m in range(n)] for n in range(3)})
