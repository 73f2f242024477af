# Syntax error: a dictionary entry without ':'.
print("this line must not run")
config = {
    "debug": True,
    "level" 3,
}
print(config)
