def average(values):
    return total(values) / len(values)
def total(values):
    return sum(values)
def report(groups):
    for name, vals in groups.items():
        print(name, average(vals))
report({"a": [1, 2, 3], "b": [10], "empty": [], "never": [5]})
