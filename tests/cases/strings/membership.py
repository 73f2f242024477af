# The in operator on strings.
s = "hello world"
for sub in ["hello", "o w", "", "world!", "H", "d", "lo wo", "xyz"]:
    print(repr(sub), sub in s, sub not in s)
print("" in "", "a" in "", "abc" in "abc")
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
vowels = "aeiou"
print([c for c in "programming language" if c in vowels])
print(sum(1 for c in "mississippi" if c in "s"))
