def first(x):
    return x[0]
print(first([7, 8]))
print(first("xy"))
print(first(42))
