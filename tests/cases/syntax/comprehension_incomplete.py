# Syntax error: a comprehension missing its iterable.
print("this line must not run")
squares = [x * x for x in]
print(squares)
