# Attribute that doesn't exist on an instance.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(1, 2)
print(p, p.x, p.y)
p.x += 10
print(p)
print(p.z)
