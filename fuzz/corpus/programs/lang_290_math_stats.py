import math
data = [2, 4, 4, 4, 5, 5, 7, 9]
n = len(data)
mean = sum(data) / n
var = sum((x - mean) ** 2 for x in data) / n
std = math.sqrt(var)
print(mean, var, std)
s = sorted(data)
median = (s[n // 2 - 1] + s[n // 2]) / 2 if n % 2 == 0 else s[n // 2]
print(median)
mode = max(set(data), key=data.count)
print(mode)
print(round(math.log(sum(data)), 4), math.floor(mean * 10) / 10)
print(f"{std:.3f} {math.ceil(var)} {math.isclose(std, 2.0)}")
