# Syntax error: ':=' used as a plain statement.
print("this line must not run")
data = [1, 2, 3]
n := len(data)
print(n)
