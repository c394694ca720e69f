# An uncaught ExceptionGroup: the boxed traceback CPython prints, exit 1.
def validate(record):
    errors = []
    if not record.get("name"):
        errors.append(ValueError("name is missing"))
    if not isinstance(record.get("age"), int):
        errors.append(TypeError("age must be an int"))
    if errors:
        raise ExceptionGroup(f"invalid record {record!r}", errors)


validate({"name": "ada", "age": 36})
print("first record ok")
validate({"name": "", "age": "old"})
print("not reached")
