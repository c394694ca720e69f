import time
def slow_task(n):
    time.sleep(n * 0.1)
    return n * n
start = time.time()
results = [slow_task(i) for i in range(5)]
elapsed = time.time() - start
print(results)
print(f"elapsed {elapsed:.2f}s")
print(round(elapsed, 3) == 1.0)
def timed(func):
    def wrapper(*a):
        t = time.monotonic()
        r = func(*a)
        print(f"{func.__name__} took {time.monotonic() - t:.3f}s")
        return r
    return wrapper
@timed
def work(k):
    time.sleep(k)
    return "done"
print(work(0.5))
print(work(2))
print(f"{time.monotonic():.3f}")
