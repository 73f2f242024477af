# An uncaught float overflow ends the program with errno-style message.
x = 10.0
for i in range(8):
    x = x ** 2
    print(i, x)
print(x ** 2)
print(x ** 4)
print("not reached")
