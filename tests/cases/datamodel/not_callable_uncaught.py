# Uncaught: calling an instance without __call__.
class Widget:
    def __init__(self, name):
        self.name = name
w = Widget("button")
print(w.name)
w()
