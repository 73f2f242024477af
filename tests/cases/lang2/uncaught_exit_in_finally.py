# An exception raised in a finally block replaces the in-flight one and is what ends the program.
def save(data):
    try:
        print("saving", data)
        raise ConnectionError("lost connection to storage")
    finally:
        print("cleanup")
        if data.get("strict"):
            raise RuntimeError("cleanup failed: lock file still held")
try:
    save({"strict": False})
except ConnectionError as e:
    print("handled", e)
save({"strict": True})
