# Syntax error: curly quotes pasted from a word processor.
print("this line must not run")
name = "molt"
print(“hello”, name)
