# Syntax error: a line indented deeper than its block.
print("this line must not run")
def f():
    x = 1
        y = 2
    return x + y

print(f())
