print("{} and {}".format("spam", "eggs"))
print("{1} and {0}".format("spam", "eggs"))
print("{0}{1}{0}".format("ab", "-"))
print("{name} is {age}".format(name="Bo", age=7))
print("{0[0]} {0[1]} {1[key]}".format(["x", "y"], {"key": "val"}))
class C:
    attr = "attribute"
    def __init__(self):
        self.inst = 42
print("{0.attr} {0.inst} {c.inst}".format(C(), c=C()))
print("{:>10}|{:<5}|{:^7}|".format("r", "l", "c"))
print("{:.3f} {:,} {:x} {:08.2f}".format(3.14159, 1234567, 255, -3.5))
print("{!r} {!s}".format("q", "q"))
print("{{}} {}".format("escaped"))
print("{0:{1}}|".format("w", 6))
pt = {"x": 1, "y": 2}
print("({x}, {y})".format(**pt))
print("{} {}".format(*"ab"))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError:", e)
