# Syntax error: a bare generator expression followed by another argument.
print("this line must not run")
words = ["a", "bb", "ccc"]
print(max(len(w) for w in words))
print(sorted(w for w in words, reverse=True))
