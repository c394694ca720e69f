a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b)
c = a[:]
c.append(5)
print(a, c, a is c, a == c[:4])
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 1
print(grid2)
def add(item, lst=[]):
    lst.append(item)
    return lst
print(add(1))
print(add(2))
print(add(3, []))
nested = [1, [2, [3, [4]]]]
print(nested[1][1][1][0])
x = [1, 2]
x += [3]
print(x)
x = x + [4]
print(x)
