print("[" + "hi".center(10) + "]")
print("[" + "hi".center(9, "*") + "]")
print("[" + "left".ljust(8, ".") + "]", "[" + "right".rjust(8) + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
print("toolong".center(3), "x".rjust(0))
for name, price in [("apple", 1.5), ("watermelon", 12.25), ("fig", 0.3)]:
    print(name.ljust(12) + f"{price:>8.2f}")
print("a\tb\tc".expandtabs(4))
