# Inheritance, method overriding and super().
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name} says {self.speak()}"
class Dog(Animal):
    def speak(self):
        return "woof"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + "!" * self.age
    def describe(self):
        return super().describe() + f" (age {self.age})"
for a in [Animal("generic"), Dog("rex"), Puppy("bit", 3)]:
    print(type(a).__name__, a.describe())
print([c.__name__ for c in Puppy.__mro__])
print(isinstance(Puppy("x", 1), Animal), issubclass(Dog, Puppy))
