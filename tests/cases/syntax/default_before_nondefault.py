# Syntax error: a parameter without default after one with a default.
print("this line must not run")
def greet(greeting="hello", name):
    return greeting + ", " + name

print(greet("hi", "molt"))
