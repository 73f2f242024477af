# isinstance/issubclass across a small class hierarchy and builtin types.
class Animal:
    pass
class Dog(Animal):
    pass
class Puppy(Dog):
    pass
class Cat(Animal):
    pass
objs = [Animal(), Dog(), Puppy(), Cat(), 5, "s"]
for o in objs:
    print(type(o).__name__, isinstance(o, Animal), isinstance(o, Dog), isinstance(o, (Cat, int)), isinstance(o, object))
pairs = [(Puppy, Dog), (Puppy, Animal), (Dog, Puppy), (Cat, Dog), (Animal, object), (bool, int), (int, float)]
for a, b in pairs:
    print(a.__name__, b.__name__, issubclass(a, b))
print([c.__name__ for c in Puppy.__mro__])
print(type(Puppy()) is Puppy, type(Puppy()) is Dog, type(Puppy()).__base__.__name__)
print(Dog.__bases__[0].__name__, [c.__name__ for c in Animal.__subclasses__()])
print(isinstance(Dog, type), isinstance(Dog(), type), issubclass(type, object))
