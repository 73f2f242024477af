# Syntax error: an 'else' dedented to no known level.
print("this line must not run")
def sign(n):
    if n >= 0:
        return 1
  else:
        return -1

print(sign(3))
