name = "Ada"
age = 36
pi = 3.14159265
print(f"{name} is {age} years old")
print(f"{name!r} {name!s} {name.upper()} {age + 1}")
print(f"{pi:.2f} {pi:.0f} {pi:10.3f}|")
print(f"{'quoted'} {len(name)} {[1, 2][0]}")
print(f"{{literal braces}} {{{age}}}")
items = {"a": 1}
print(f"{items['a']} {items}")
print(f"{age=}")
print(f"{age = }", f"{pi=:.2f}", f"{name=!s}")
print(f"{3 * 7 = }")
print(f"{'nested ' + f'{age}'}")
print(F"upper F {age}")
print(f"{None} {True} {1.0}")
