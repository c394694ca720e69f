# uncaught sort key
print("--- uncaught sort key ---")
records = [{"name": "a", "age": 3}, {"name": "b"}, {"name": "c", "age": 1}]
print(len(records))
ordered = sorted(records, key=lambda r: r["age"])
print(ordered)
