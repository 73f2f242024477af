# UnboundLocalError from augmented assignment to a global without 'global'.
total = 0
def add_global(n):
    global total
    total += n
    return total
def add(n):
    total += n
    return total
print(add_global(2), add_global(3))
print("calling add")
add(5)
