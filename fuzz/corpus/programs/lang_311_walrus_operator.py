data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"list is long ({n} elements)")
values = [y for x in data if (y := x * 2) > 6]
print(values)
chunks = iter(["ab", "cd", "", "ef"])
while (chunk := next(chunks)):
    print("chunk", chunk)
print("stopped at empty chunk")
print((total := sum(data)), total / n)
