# A naked exception re-raised from except* leaves as an ExceptionGroup that
# has no traceback of its own at module level.
try:
    raise ValueError("naked")
except* ValueError:
    print("handling, then re-raising")
    raise
