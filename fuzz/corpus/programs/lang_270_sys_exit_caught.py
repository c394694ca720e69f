import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code, type(e.code).__name__, repr(e))
try:
    sys.exit()
except SystemExit as e:
    print("no arg:", e.code)
try:
    sys.exit("text")
except SystemExit as e:
    print("text:", e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    sys.exit(1)
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException", type(e).__name__)
raise SystemExit(2)
