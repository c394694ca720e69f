def show(*args, **kwargs):
    print("args:", args, "kwargs:", kwargs)
show()
show(1, 2)
show(a=1, b=2)
show(1, "x", key=None)
def total(first, *rest):
    return first + sum(rest)
print(total(1), total(1, 2, 3))
nums = [4, 5, 6]
opts = {"sep": " | ", "end": " <end>\n"}
print(*nums, **opts)
def config(host, port=80, **extra):
    print(host, port, sorted(extra.items()))
config("localhost")
config("example", 8080, debug=True, user="me")
config(**{"host": "h", "port": 1, "z": 0})
