x = 10
g = (x + i for i in range(3))
x = 100
print(list(g))
def make():
    items = [1, 2, 3]
    return (i * 2 for i in items)
gen = make()
print(next(gen), list(gen))
data = [3, 1, 2]
it = (d for d in data)
data.append(9)
print(list(it))
data2 = [1, 2]
it2 = (d for d in data2)
data2 = [7, 8]
print(list(it2))
