records = [("b", 2), ("a", 2), ("c", 1), ("d", 1), ("e", 3)]
by_num = sorted(records, key=lambda r: r[1])
print(by_num)
s = sorted(records, key=lambda r: r[0], reverse=True)
s = sorted(s, key=lambda r: r[1])
print(s)
nums = [3, 1, 2]
res = nums.sort()
print(res, nums)
lst = ["banana", "Apple", "cherry"]
lst.sort()
print(lst)
lst.sort(key=str.lower, reverse=True)
print(lst)
grid = [[3, "c"], [1, "a"], [2, "b"], [1, "z"]]
grid.sort()
print(grid)
