# Syntax error: indentation mixing a tab and spaces.
print("this line must not run")
def f(x):
	if x:
		return 1
        return 2

print(f(0))
