print("exec mod_dot_plain")
A = 1
B = 2
_c = 3
def g():
    return "g"
