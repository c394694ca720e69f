from collections import deque
def sliding_max(nums, k):
    dq = deque()
    out = []
    for i, n in enumerate(nums):
        while dq and nums[dq[-1]] <= n:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(nums[dq[0]])
    return out
print(sliding_max([1, 3, -1, -3, 5, 3, 6, 7], 3))
history = deque(maxlen=3)
for cmd in ["ls", "cd", "pwd", "echo", "exit"]:
    history.append(cmd)
print(list(history), history[0])
d = deque(range(5))
d.rotate(1)
print(d)
d.rotate(-2)
print(d, d.popleft(), d.pop())
