data = ["1", "2", "x", "4", None, "6"]
total = 0
errors = []
for i, item in enumerate(data):
    try:
        total += int(item)
    except ValueError as e:
        errors.append((i, "ValueError", str(e)))
        continue
    except TypeError as e:
        errors.append((i, "TypeError", str(e)))
        break
    finally:
        print("processed", i)
print(total)
for err in errors:
    print(err)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError(f"attempt {attempts} failed")
        print("connected after", attempts)
        break
    except ConnectionError as e:
        print("retry:", e)
