### heap_ops
import heapq
h = []
for x in [5, 1, 8, 3, 9, 2, 1]:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(len(h))], h)
data = [9, 4, 7, 1, 0, 3, 3, 8]
heapq.heapify(data); print(data)
print(heapq.heapreplace(data, 5), data, heapq.heappushpop(data, -1), heapq.heappushpop(data, 6), data)
print(heapq.heappushpop([], 3))
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "read"))
heapq.heappush(tasks, (2, "exec"))
heapq.heappush(tasks, (1, "alpha"))
while tasks:
    print(heapq.heappop(tasks))
import random
random.seed(7)
big = [random.randint(0, 50) for _ in range(200)]
heapq.heapify(big)
print(big[:20], [heapq.heappop(big) for _ in range(10)])
### heap_errors
import heapq
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: heapq.heappop([]))
t(lambda: heapq.heapreplace([], 1))
t(lambda: heapq.heappush(1, 2))
t(lambda: heapq.heappush([]))
t(lambda: heapq.heapify((1, 2)))
t(lambda: heapq.heappush([1, 'a'], 2))
t(lambda: heapq.heappush([None], None))
### nlargest_merge
import heapq
nums = [5, 1, 8, 3, 9, 2, 8, 0, 7]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nlargest(1, nums), heapq.nsmallest(0, nums), heapq.nlargest(20, nums))
people = [("ann", 31), ("bob", 25), ("cy", 31), ("dee", 19), ("eve", 25)]
print(heapq.nlargest(2, people, key=lambda p: p[1]), heapq.nsmallest(3, people, key=lambda p: p[1]))
print(heapq.nlargest(3, iter(nums)), heapq.nsmallest(2, iter(nums), key=lambda x: -x), heapq.nsmallest(1, []), heapq.nlargest(2, iter([])))
print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge([7, 5, 1], [8, 2], reverse=True)), list(heapq.merge()), list(heapq.merge([1])))
### bisect
import bisect
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 9), bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 2))
bisect.insort(a, 3); bisect.insort_left(a, 4); bisect.insort_right(a, 9); print(a)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("x", 4), key=lambda r: r[1]); print(recs)
try:
    bisect.bisect([1], 1, -1)
except ValueError as e:
    print(e)
