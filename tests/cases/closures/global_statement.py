# The global statement.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
print(bump(), bump(), counter)
def define_new():
    global brand_new
    brand_new = "created in function"
define_new()
print(brand_new)
def shadow():
    counter = -1
    return counter
print(shadow(), counter)
def read_only():
    return counter * 10
print(read_only())
def unbound():
    try:
        counter += 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
unbound()
total = 0
for i in range(5):
    def add_i():
        global total
        total += i
    add_i()
print(total)
