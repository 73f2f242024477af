# Old-style % formatting.
print("%s %s" % ("a", "b"), "%r" % "q", "%d%%" % 50, "%c%c" % (72, "i"))
print("%5s|%-5s|%.2s|" % ("ab", "ab", "abcdef"))
print("%05.1f|%-8.3f|%+d|% d|%x|%#x|%o|%#o|%e" % (3.14159, 2.5, 5, 5, 255, 255, 8, 8, 1234.5))
print("%(name)s is %(age)d" % {"name": "Bob", "age": 42})
print("%s" % [1, 2], "%s" % (1,), "%s-%s" % (None, True))
print("%*d|%-*d|" % (5, 1, 4, 2), "%.*f" % (2, 3.14159))
try:
    "%d" % "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%s %s" % ("one",)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
