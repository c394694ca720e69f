import sys
print("normal output")
print("warning: something odd", file=sys.stderr)
sys.stderr.write("more diagnostics\n")
raise RuntimeError("fatal: giving up")
