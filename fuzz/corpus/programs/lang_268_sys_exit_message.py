import sys
config = {}
print("checking configuration")
if "token" not in config:
    sys.exit("error: missing token in configuration")
print("unreachable")
