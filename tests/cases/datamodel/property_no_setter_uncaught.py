# Uncaught: assigning to a read-only property.
class Temperature:
    def __init__(self):
        self._c = 20
    @property
    def celsius(self):
        return self._c
t = Temperature()
print(t.celsius)
t.celsius = 25
