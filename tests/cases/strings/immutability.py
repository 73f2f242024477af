# Strings cannot be mutated in place.
s = "hello"
try:
    s[0] = "H"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
t = s
s += " world"
print(s, t)
s2 = "H" + s[1:]
print(s2, s)
chars = list(s)
chars[0] = "J"
print("".join(chars))
try:
    s.append("x")
except AttributeError as e:
    print(type(e).__name__, e)
print(s.upper(), s)
