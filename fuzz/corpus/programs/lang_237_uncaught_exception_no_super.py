class ExitCode(Exception):
    def __init__(self, code):
        self.code = code
try:
    raise ExitCode(3)
except ExitCode as e:
    print("caught code", e.code, "args", e.args, "str", str(e))
raise ExitCode(42)
