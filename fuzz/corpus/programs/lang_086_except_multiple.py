def check(v):
    try:
        if v == 1:
            return int("x")
        if v == 2:
            return [1][5]
        if v == 3:
            return {}["k"]
        if v == 4:
            raise OSError("disk")
        return "fine"
    except (ValueError, IndexError) as e:
        return f"value/index: {type(e).__name__}"
    except KeyError:
        return "key"
    except Exception as e:
        return f"other: {e!r}"
for v in range(5):
    print(v, check(v))
try:
    try:
        raise KeyError("x")
    except ValueError:
        print("not here")
except LookupError as e:
    print("propagated", repr(e))
