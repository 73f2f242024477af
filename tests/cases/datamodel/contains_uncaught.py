# Uncaught: `in` on an object with no __contains__, __iter__ or __getitem__.
class Registry:
    pass
r = Registry()
print(type(r).__name__)
print("x" in r)
