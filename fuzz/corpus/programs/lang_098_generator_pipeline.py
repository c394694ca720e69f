def read_lines():
    data = ["10", "x", "20", "", "30"]
    for line in data:
        yield line
def parse(lines):
    for line in lines:
        if line.isdigit():
            yield int(line)
        else:
            print("skipping", repr(line))
def running_total(nums):
    total = 0
    for n in nums:
        total += n
        yield total
print(list(running_total(parse(read_lines()))))
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take(5, (x * x for x in naturals() if x % 2))))
