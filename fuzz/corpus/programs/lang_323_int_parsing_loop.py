inputs = ["42", "0x2A", "0b101010", "052", "4_2", "  42\n", "42.0", "forty-two", ""]
for s in inputs:
    try:
        value = int(s, 0) if s.strip().startswith("0") and len(s.strip()) > 1 else int(s)
        print(f"{s!r:14} -> {value}")
    except ValueError as e:
        print(f"{s!r:14} -> ValueError: {e}")
