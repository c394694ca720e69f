import math
nums = [3, 1, 4, 1, 5, 9, 2, 6]
print(sum(nums), sum(nums, 10), sum([], 0))
print(sum([[1], [2, 3]], []))
print(math.prod(nums), math.prod([]))
print(sum([0.1, 0.2, 0.3]), math.fsum([0.1, 0.2, 0.3]))
print(min(nums), max(nums), sorted(nums)[len(nums) // 2])
print(sum(x for x in nums if x % 2 == 0))
avg = sum(nums) / len(nums)
print(avg, round(avg, 2))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
