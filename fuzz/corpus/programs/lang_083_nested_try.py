def risky(n):
    try:
        try:
            if n == 0:
                raise KeyError("inner")
            if n == 1:
                raise ValueError("middle")
            return "ok"
        except KeyError as e:
            print("inner handler", e)
            raise RuntimeError("converted") from e
        finally:
            print("inner finally", n)
    except RuntimeError as e:
        print("outer handler", e, "cause:", repr(e.__cause__))
        return "recovered"
    except ValueError as e:
        print("outer value handler", e)
        return "value"
    finally:
        print("outer finally", n)
for n in range(3):
    print("->", risky(n))
