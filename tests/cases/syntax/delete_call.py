# Syntax error: deleting a function call.
print("this line must not run")
items = [1, 2, 3]
def last():
    return items[-1]
del last()
print(items)
