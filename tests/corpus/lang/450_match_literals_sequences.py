# match statement: literal, capture, sequence and star patterns
def describe(p):
    match p:
        case (0, 0):
            return "origin"
        case (x, 0):
            return f"x-axis {x}"
        case (0, y):
            return f"y-axis {y}"
        case [x, y, *rest]:
            return f"seq {x} {y} {rest}"
        case int() | float() as num if num > 100:
            return f"big {num}"
        case int(n):
            return f"int {n}"
        case "quit" | "exit":
            return "bye"
        case -1:
            return "minus one"
        case None:
            return "nothing"
        case True:
            return "true"
        case _:
            return "other"

for v in [(0, 0), (3, 0), (0, 4), [1, 2, 3, 4], [1, 2], 500, 5, "quit", 2.5, None, -1, True, 1, "abc", (1,)]:
    print(repr(v), "->", describe(v))

def first_last(seq):
    match seq:
        case []:
            return "empty"
        case [only]:
            return f"one: {only}"
        case [first, *_, last]:
            return f"{first}..{last}"

print(first_last([]), first_last([7]), first_last(range(5)), first_last("ab"))

command = "go north"
match command.split():
    case ["go", direction]:
        print("moving", direction)
    case ["quit"]:
        print("quit")
match (1, (2, 3)):
    case (a, (b, c)):
        print(a + b + c)
match 42:
    case n:
        print("captured", n)
print(n)
