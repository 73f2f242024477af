# If str() of an uncaught exception fails, CPython reports that instead of the message.
class Broken(Exception):
    def __str__(self):
        raise RuntimeError("str is broken")
print("raising")
raise Broken("payload")
