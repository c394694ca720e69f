width = 10
prec = 3
val = 3.14159
print(f"[{val:{width}.{prec}f}]")
print(f"[{'hi':{'^'}{width}}]")
for w in range(4, 8):
    print(f"[{w:>{w}}]")
fill, align = "*", "<"
print(f"[{'x':{fill}{align}{width}}]")
rows = [("apple", 3, 0.5), ("kiwi", 12, 1.25)]
cols = [8, 4, 6]
for name, qty, price in rows:
    print(f"{name:<{cols[0]}}|{qty:>{cols[1]}}|{price:>{cols[2]}.2f}")
spec = ">8.1f"
print(f"[{val:{spec}}]")
