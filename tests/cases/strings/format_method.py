# str.format with positional, keyword, index and attribute fields.
print("{} and {}".format("spam", "eggs"), "{1} and {0}".format("spam", "eggs"))
print("{0}{1}{0}".format("abra", "cad"), "{name} is {age}".format(name="Ann", age=30))
print("{0[0]} {0[1]} {1[key]}".format(["x", "y"], {"key": "val"}))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"), "{:*^11}".format("mid"))
print("{:5d}|{:<5d}|{:05d}|{:+d}|{:,}".format(42, 42, 42, 42, 1234567))
print("{:.3f} {:.2e} {:.1%} {:g}".format(3.14159, 31415.9, 0.256, 0.00001))
print("{{literal}} {}".format("x"), "{!r} {!s} {!a}".format("q", "q", "é"))
print("{0:{1}}|".format("w", 6), "{:{fill}{align}{width}}".format("z", fill="-", align=">", width=5))
class P:
    x = 3
    y = 4
print("{0.x},{0.y}".format(P()), "{:x} {:o} {:b} {:#x}".format(255, 8, 5, 255))
for bad in ["{", "}", "{0!x}"]:
    try:
        bad.format(1)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    "{0} {1}".format("only")
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{missing}".format(present=1)
except KeyError as e:
    print(type(e).__name__, e)
