# Uncaught: __len__ returning a negative number.
class Weird:
    def __len__(self):
        return -5
w = Weird()
print(type(w).__name__)
print(len(w))
