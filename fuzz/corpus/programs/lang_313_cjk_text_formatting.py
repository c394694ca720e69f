items = [("苹果", 3.5), ("香蕉", 12), ("西瓜", 0.75)]
for name, price in items:
    print(f"{name:<4}|{price:>6.2f}|")
line = "春眠不觉晓，处处闻啼鸟。"
print(len(line), line[:5], line[-6:])
print(line.split("，"))
print(line.replace("鸟", "鳥"), line.find("处"), line.count("处"))
print("中文".center(8, "·"))
print("、".join(["一", "二", "三"]))
print(sorted(["b", "中", "a", "日"]))
print([ord(c) for c in "中日"], "中" < "日")
