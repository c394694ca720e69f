def check_positive(x):
    assert x > 0, f"expected positive, got {x}"
    return x
for v in [3, 1, -2]:
    print(check_positive(v))
