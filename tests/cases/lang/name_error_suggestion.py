# An uncaught NameError for a misspelt local gets a "Did you mean" hint on the last line.
def compute():
    total_value = 10
    count = 2
    return totl_value / count
print("computing")
print(compute())
