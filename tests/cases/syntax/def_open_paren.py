# Syntax error: "def f(:".
print("this line must not run")
def ok(a, b):
    return a + b
print(ok(1, 2))
def f(:
    return 1
print(f())
print("end")
print("really the end")
