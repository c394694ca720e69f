# uncaught multiline message
print("--- uncaught multiline message ---")
errors = ["name is required", "age must be positive"]
print("validating")
raise ValueError("validation failed:\n  " + "\n  ".join(errors))
