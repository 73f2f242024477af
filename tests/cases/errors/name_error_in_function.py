# NameError raised inside a function for a name with no close match.
def greet(name):
    message = "Hello, " + name
    print(message)
    print(xyzzy_plugh)
    return message
print("start")
for who in ["world"]:
    print("greeting", who)
    greet(who)
print("unreachable")
