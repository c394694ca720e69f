# an uncaught exception raised `from None` while handling another
def convert(s):
    try:
        return float(s)
    except ValueError:
        raise ValueError(f"not a number: {s}") from None


print(convert("1.5"))
print(convert("abc"))
