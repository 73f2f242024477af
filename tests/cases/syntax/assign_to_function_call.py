# Syntax error: assigning to a function call.
print("this line must not run")
def get():
    return 1

get() = 2
print(get())
