# The pattern tutorials show: validate everything, collect the errors into
# an ExceptionGroup, then handle each kind with except*.
class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field


def validate(user):
    errors = []
    if not user.get("name"):
        errors.append(ValidationError("name", "required"))
    if "@" not in user.get("email", ""):
        errors.append(ValidationError("email", "not an address"))
    age = user.get("age")
    if not isinstance(age, int):
        errors.append(TypeError(f"age must be int, not {type(age).__name__}"))
    elif age < 0:
        errors.append(ValidationError("age", "negative"))
    if errors:
        raise ExceptionGroup(f"{len(errors)} problem(s) with {user.get('name') or '?'}", errors)
    return user


users = [
    {"name": "ada", "email": "ada@example.org", "age": 36},
    {"name": "", "email": "nobody", "age": -1},
    {"name": "bob", "email": "bob@example.org", "age": "old"},
    {"name": "eve", "email": "eve", "age": 3},
]
for user in users:
    try:
        validate(user)
        print("valid:", user["name"])
    except* ValidationError as eg:
        print("fields:", sorted(e.field for e in eg.exceptions), "-", eg.message)
    except* TypeError as eg:
        print("types:", [str(e) for e in eg.exceptions])

# Gathering results and failures of several operations.
def risky(n):
    if n % 3 == 0:
        raise ZeroDivisionError(f"{n} divisible by 3")
    if n % 5 == 0:
        raise OSError(5, f"device {n} busy")
    return n * n


results, failures = [], []
for n in range(1, 11):
    try:
        results.append(risky(n))
    except Exception as e:
        failures.append(e)
print(results)
try:
    if failures:
        raise ExceptionGroup("batch", failures)
except* ZeroDivisionError as eg:
    print("math:", [str(e) for e in eg.exceptions])
except* OSError as eg:
    print("io:", [(e.errno, e.strerror) for e in eg.exceptions])
