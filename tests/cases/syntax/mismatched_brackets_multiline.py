# Syntax error: a bracket closed with the wrong kind on a later line.
print("this line must not run")
matrix = [
    [1, 2, 3],
    [4, 5, 6],
)
print(matrix)
