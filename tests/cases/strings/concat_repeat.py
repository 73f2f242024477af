# Concatenation and repetition.
a, b = "foo", "bar"
print(a + b, a + "" + b, a * 3, 3 * b, a * 0, repr(a * -1), repr("" * 100))
s = ""
for i in range(5):
    s += str(i)
print(s, len(s))
s2 = "ab" * 3 + "c" * 2
print(s2, len(s2), ("-" * 20))
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * 2.0
except TypeError as e:
    print(type(e).__name__, e)
print("con" "cat" "enation", ("implicit "
      "join"))
x = "=" * 3 + ">" + "<" + "=" * 3
print(x, x.count("="))
