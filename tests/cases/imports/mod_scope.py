print("exec mod_scope")
V = "V"
def fn():
    return "mod_scope.fn"
