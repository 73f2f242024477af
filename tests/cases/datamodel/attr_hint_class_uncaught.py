# AttributeError on a class object: "type object 'C' has no attribute ..." with suggestion.
class Color:
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, Color.GREEN)
print(Color.GREN)
