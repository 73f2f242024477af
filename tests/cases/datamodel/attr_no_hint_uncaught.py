# No suggestion when nothing is close enough.
class Empty:
    def __init__(self):
        self.alpha = 1
e = Empty()
print(e.alpha)
print(e.completely_unrelated_name)
