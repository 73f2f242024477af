# Syntax error: 'return' directly in a class body.
print("this line must not run")
class Config:
    debug = False
    return debug

print(Config.debug)
