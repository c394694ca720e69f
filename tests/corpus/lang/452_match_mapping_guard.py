# match statement: mapping patterns, **rest, guards, or-patterns with bindings
events = [
    {"type": "click", "x": 10, "y": 20},
    {"type": "key", "key": "q"},
    {"type": "key", "key": "a", "mods": ["shift"]},
    {"type": "scroll", "delta": -3},
    {"kind": "unknown"},
    {"type": "resize", "w": 800, "h": 600, "dpi": 2},
]
for ev in events:
    match ev:
        case {"type": "click", "x": x, "y": y}:
            print(f"click at ({x}, {y})")
        case {"type": "key", "key": "q"}:
            print("quit key")
        case {"type": "key", "key": k, **rest}:
            print("key", k, "extra", rest)
        case {"type": "scroll", "delta": d} if d < 0:
            print("scroll up", -d)
        case {"type": "resize", **others}:
            print("resize", sorted(others.items()))
        case _:
            print("unhandled", ev)


def classify(pair):
    match pair:
        case (x, 0) | (0, x):
            return f"axis {x}"
        case (x, y) if x > y:
            return "below diagonal"
        case (x, y):
            return "above or on"


print([classify(p) for p in [(3, 0), (0, 7), (5, 1), (1, 5), (2, 2)]])

grades = {"ann": 91, "bob": 78, "cy": 55}
for name, score in grades.items():
    match score:
        case s if s >= 90:
            letter = "A"
        case s if s >= 75:
            letter = "B"
        case _:
            letter = "F"
    print(name, letter)
