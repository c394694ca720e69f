# uncaught empty message
print("--- uncaught empty message ---")
print("about to fail")
raise ValueError("")
print("unreachable")
