# A single naked exception escapes after notes were added in several layers; the last note ends stderr.
def level(n):
    try:
        if n == 0:
            raise PermissionError(13, "Permission denied", "/etc/shadow")
        level(n - 1)
    except OSError as e:
        e.add_note(f"level {n}")
        raise
def describe(e):
    return f"{type(e).__name__} errno={e.errno} strerror={e.strerror} file={e.filename}"
try:
    level(2)
except PermissionError as e:
    print(describe(e), e.__notes__)
    print(str(e))
    print(repr(e))
    print(e.args)
for depth in range(3):
    try:
        level(depth)
    except OSError as e:
        print(depth, len(e.__notes__), e.__notes__[-1])
print("about to fail for real")
level(1)
