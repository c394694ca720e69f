import time
def wait_for(condition, timeout):
    start = time.monotonic()
    while not condition():
        if time.monotonic() - start > timeout:
            raise TimeoutError(f"gave up after {timeout} seconds")
        time.sleep(0.5)
polls = []
def ready():
    polls.append(time.monotonic())
    return len(polls) > 100
print("waiting")
wait_for(ready, 2)
