# classic recursive algorithms
def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


print(len(hanoi(10)), hanoi(2))


def permutations(s):
    if len(s) <= 1:
        return [s]
    return [s[i] + p for i in range(len(s)) for p in permutations(s[:i] + s[i + 1:])]


print(permutations("abc"))


def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]


print(power_set([1, 2, 3]))


def binary_search(arr, target, lo=0, hi=None):
    if hi is None:
        hi = len(arr) - 1
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if arr[mid] == target:
        return mid
    if arr[mid] < target:
        return binary_search(arr, target, mid + 1, hi)
    return binary_search(arr, target, lo, mid - 1)


data = list(range(0, 100, 3))
print(binary_search(data, 27), binary_search(data, 28))


def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    while left and right:
        out.append(left.pop(0) if left[0] <= right[0] else right.pop(0))
    return out + left + right


def quick_sort(xs):
    if len(xs) < 2:
        return xs
    pivot, *rest = xs
    return quick_sort([x for x in rest if x < pivot]) + [pivot] + quick_sort([x for x in rest if x >= pivot])


print(merge_sort([5, 2, 9, 1, 5, 6]), quick_sort([3, 6, 1, 8, 2, 9, 2]))


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


def flatten(xs):
    return [y for x in xs for y in (flatten(x) if isinstance(x, list) else [x])]


print(gcd(1071, 462), flatten([1, [2, [3, [4]], 5]]))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 3))


def count_down(n):
    return count_down(n - 1) if n else "liftoff"


print(count_down(900))
try:
    count_down(5000)
except RecursionError as e:
    print("RecursionError:", e)
