print("raising with two args")
raise ValueError("bad thing", 42)
