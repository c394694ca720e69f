# uncaught stopiteration
print("--- uncaught stopiteration ---")
it = iter([1, 2])
print(next(it))
print(next(it))
print(next(it))
