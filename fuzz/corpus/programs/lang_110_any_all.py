print(any([]), all([]))
print(any([0, "", None]), any([0, 1]))
print(all([1, "a", [0]]), all([1, 0]))
nums = [2, 4, 6, 7]
print(all(n % 2 == 0 for n in nums), any(n > 6 for n in nums))
def noisy(v):
    print("check", v)
    return v
print(any(noisy(v) for v in [0, 3, 5]))
print(all(noisy(v) for v in [1, 0, 2]))
