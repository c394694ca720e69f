import sys
def shutdown():
    print("shutting down cleanly")
    sys.exit(None)
shutdown()
print("unreachable")
