# Old-style % formatting for a report, with dict-based keys and width/precision from *.
rows = [("north", 1234.5, 0.1234), ("south", 98.765, -0.05), ("east", 0.0, 1.0), ("west-long-name", 1e6, 0.000123)]
print("%-10s %12s %8s" % ("region", "sales", "growth"))
for name, sales, g in rows:
    print("%-10.10s %12.2f %+7.2f%%" % (name, sales, g * 100))
print("%(name)s has %(n)d items costing %(cost).3e" % {"name": "cart", "n": 3, "cost": 12345.678})
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))
print("%x %X %o %#x %#o %08.3f %c %c %r %a" % (255, 255, 8, 255, 8, -3.14159, 65, "é", "q", "é"))
print("%5s|%-5s|%.2s|%5.1s|" % ("abc", "abc", "abc", "abc"))
print("%d%%" % 50, "%s" % (1,), "%s" % [1, 2], "%s %s" % (None, True), "%i" % 3.99, "%d" % True)
print("%e %E %g %G %g %g" % (0.000123456, 123456789.0, 0.0001, 1e-5, 123456789.0, 100000.0))
print("% d % d %+d %+d" % (5, -5, 5, -5), "%05d %-5d| %5.3d" % (-42, -42, 7))
for bad in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%(a)s", (1,)), ("%z", 1), ("%c", 1234567), ("%c", "ab"), ("%", ())]:
    try:
        print(bad[0] % bad[1])
    except Exception as e:
        print(type(e).__name__, e)
print(b"%s=%d" % (b"key", 5), b"%5.1f|%-4x|" % (2.25, 255), b"%c%c" % (65, b"B"))
