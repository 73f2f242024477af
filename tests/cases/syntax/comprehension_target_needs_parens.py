# Syntax error: a tuple comprehension target without parentheses.
print("this line must not run")
pairs = [(1, 2), (3, 4)]
sums = [x, y for x, y in pairs]
print(sums)
