stack = []
for ch in "({[":
    stack.append(ch)
print(stack, stack.pop(), stack[-1])
queue = [1, 2, 3]
print(queue.pop(0), queue)
lst = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3]
print(lst.count(1), lst.count(5), lst.index(5), lst.index(5, 5))
lst.insert(100, "end")
lst.insert(-100, "start")
print(lst)
lst.remove(1)
print(lst)
print(lst[::-1][:3], len(lst))
a = [1, 2]
a.extend(range(3))
a.extend("hi")
a.extend((9,))
print(a)
a *= 2
print(len(a), a[:5])
nested = [[2, 1], [1, 2], [1, 1]]
print(sorted(nested), max(nested), [1, 2] in nested)
