# str/repr/format of big ints: grouping, bases, width and fill.
n = 2 ** 100
m = -(3 ** 50)
print(str(n), repr(m), f"{n}", f"{m}")
print(f"{n:,}", f"{m:_}", f"{n:_x}", f"{n:_b}"[:30], f"{m:,d}")
print(f"{n:x}", f"{n:X}", f"{n:o}", f"{n:#x}", f"{m:#o}", f"{m:#b}")
print(f"{n:>40}|", f"{m:<45}|", f"{n:^40}|", f"{n:*^41}|")
print(f"{n:+}", f"{n: }", f"{m:=50}", f"{n:050}", f"{m:060,}")
print(f"{n:e}", f"{n:.3e}", f"{m:g}", f"{n:.2f}", f"{n:%}"[:12])
print(format(n, "n"), format(2 ** 64, "d"), format(-(2 ** 64), "x"))
print(hex(n), oct(n), bin(2 ** 65), hex(-(2 ** 64)), oct(-(8 ** 30)), bin(-(2 ** 70) - 1))
print("%d %i %x %X %o" % (n, m, n, m, n))
print("%30d|%-30d|%+d|%#x|%#o" % (n, n, n, n, n))
print("%.3e %f" % (n, 2 ** 70))
print("{:,} and {:>30,}".format(10 ** 25, -(10 ** 20)))
print(str(10 ** 50).count("0"), len(repr(7 ** 300)))
try:
    format(n, "c")
except OverflowError as e:
    print("OverflowError:", e)
print(f"{2 ** 64!r}", f"{2 ** 64!s:>25}", ascii(2 ** 80))
