# Calling a misspelled str method ends in an uncaught AttributeError with a suggestion.
s = "Hello World"
print(s.lower(), s.upper(), s.swapcase(), s.title(), s.casefold())
methods = ["lower", "upper", "strip", "lowercase", "startswith", "startwith"]
for m in methods:
    print(m, hasattr(s, m), callable(getattr(s, m, None)))
try:
    s.startwith("H")
except AttributeError as e:
    print(type(e).__name__, e, e.name, e.obj == s)
try:
    [].push(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    {}.has_key("a")
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(s, "lower")(), getattr(s, "nope", "default"))
print(s.lowercase())
