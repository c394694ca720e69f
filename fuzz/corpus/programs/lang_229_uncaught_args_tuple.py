# uncaught args tuple
print("--- uncaught args tuple ---")
print("raising with two args")
raise ValueError("bad thing", 42)
print("unreachable")
