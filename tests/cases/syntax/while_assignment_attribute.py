# Syntax error: '=' instead of '==' comparing an attribute.
print("this line must not run")
class Box:
    size = 3

b = Box()
while b.size = 3:
    b.size -= 1
print(b.size)
