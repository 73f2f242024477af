# A new exception raised while handling another (implicit chaining).
def parse(s):
    try:
        return int(s)
    except ValueError:
        print("handling ValueError for", repr(s))
        fallback = []
        return fallback[0]
print(parse("12"))
print(parse("-3"))
print(parse("oops"))
print("unreachable")
