name, n, x = "Ann", 42, 3.14159
print("%s has %d items" % (name, n))
print("%5.2f|%-10s|%10s|" % (x, name, name))
print("%x %X %o %#x %e" % (255, 255, 8, 255, 12345.678))
print("%r %s" % ("quoted", "plain"))
print("100%% sure, %d%%" % 50)
print("%(name)s is %(age)d" % {"name": "Bo", "age": 7})
print("%05d|%-5d|%+d|% d" % (42, 42, 42, 42))
print("%.3s|%c|%c" % ("abcdef", 65, "z"))
print("%s" % [1, 2], "%s" % (("tuple",),))
print("%d" % 3.99, "%i" % -2, "%s" % None)
print("%*d|%-*d|" % (5, 1, 4, 2))
print("%g %g %.2g" % (0.00001, 123456789.0, 0.555))
try:
    print("%d %d" % (1,))
except TypeError as e:
    print(e)
try:
    print("%d" % "x")
except TypeError as e:
    print(e)
try:
    print("%s %s" % ("a", "b", "c"))
except TypeError as e:
    print(e)
