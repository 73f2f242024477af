# Syntax error: Python 2 print statement.
print("this line must not run")
name = "molt"
greeting = "hello " + name
print "greeting is", greeting
print(greeting)
