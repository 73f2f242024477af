# Syntax error: a string literal with no closing quote.
print("this line must not run")
name = "molt"
greeting = "hello, " + name
print(greeting)
broken = "this string never ends
print(broken)
print("end")
print("really the end")
print("after the error")
