# An uncaught NameError for a free variable not yet bound in the enclosing scope.
def outer():
    def inner():
        return multiplier * 2
    print("calling inner before multiplier is bound")
    result = inner()
    multiplier = 21
    return result
outer()
