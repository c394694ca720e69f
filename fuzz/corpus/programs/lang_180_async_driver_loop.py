class Yield:
    def __await__(self):
        yield "tick"
async def counter(name, n):
    for i in range(n):
        print(name, i)
        await Yield()
    return name + " done"
def run_all(coros):
    results = {}
    queue = list(coros)
    while queue:
        name, c = queue.pop(0)
        try:
            c.send(None)
            queue.append((name, c))
        except StopIteration as stop:
            results[name] = stop.value
    return results
print(run_all([("a", counter("A", 3)), ("b", counter("B", 2))]))
