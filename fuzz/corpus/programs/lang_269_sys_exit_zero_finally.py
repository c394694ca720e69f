import sys
try:
    print("in try")
    sys.exit(0)
finally:
    print("finally still runs")
print("unreachable")
