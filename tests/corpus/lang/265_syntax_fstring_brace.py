value = 42
print(f"value is {value")
