# Syntax error: a function definition without parentheses.
print("this line must not run")
def main:
    print("main")

main()
