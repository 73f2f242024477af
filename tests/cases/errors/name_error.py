# Uncaught NameError for a misspelt variable (CPython suggests a fix).
count = 3
for i in range(count):
    print("iteration", i)
names = ["a", "b"]
print(len(names), count)
def show():
    print("show called")
show()
print(cuont)
print("unreachable")
