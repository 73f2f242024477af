# Uncaught: binary operator between two unrelated user classes.
class Apple: pass
class Orange: pass
print(type(Apple()).__name__, type(Orange()).__name__)
total = Apple() + Orange()
