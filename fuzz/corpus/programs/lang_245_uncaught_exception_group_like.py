class ValidationError(ValueError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field
def validate(user):
    if not user.get("name"):
        raise ValidationError("name", "must not be empty")
    if user.get("age", 0) < 0:
        raise ValidationError("age", "must be non-negative")
    return True
for u in [{"name": "ann", "age": 3}, {"name": "bob", "age": -1}]:
    try:
        print(validate(u))
    except ValueError as e:
        print("invalid", e.field, e)
validate({"name": ""})
