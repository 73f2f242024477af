# Syntax error: a function definition with no body.
print("this line must not run")
def helper():
# nothing here yet

def main():
    return 1

print(main())
