raw = ["10", "20", "thirty", "40"]
nums = []
for r in raw:
    nums.append(int(r))
    print("parsed", r)
print(sum(nums))
