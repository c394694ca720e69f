# f-strings: nesting, conversions, format specs, = debugging
width, prec, val = 10, 3, 3.14159
print(f"{val:{width}.{prec}f}|{val!r:>12}|{'hi'!r}|{'hi'!s:^6}|")
print(f"{'nested ' + f'{1 + 1}'}", f"{f'{val:.1f}':>8}")
print(f"{3.0:g} {1e20:g} {0.0001:e} {12345.6789:,.2f} {255:#x} {255:08b} {-5:+d} {1234567:_}")
print(f"{'left':<8}|{'right':>8}|{'mid':^9}|{'pad':*^9}|")
name = "World"
print(f"{name=}, {1 + 2=}, {name!r:>10}, {len(name)=:03d}")
items = {"apple": 1.5, "kiwi": 0.25}
for k, v in items.items():
    print(f"{k:<10}{v:>8.2f}")
print(f"{0.5:%} {0.125:.1%} {1/3:.3} {2/3:.2e} {10:5} {-10:<5}|")
print(f"{{braces}} {'{'}{1}{'}'}")
print(f"{3 if True else 4} {[x * 2 for x in range(3)]} {dict(a=1)['a']}")
n = 42
print(f"{n:c}{n:o}{n:X}{n:#o}{n:=+8}")
print(f"{'multi'}"
      f"{'line'}")
print(format(1234.5, ",.1f"), format("x", ">3"), "{:,}".format(10**6))
print(f"{True!s} {None!r} {b'by'!r} {1e100} {1.0} {100.0:.0f}")
