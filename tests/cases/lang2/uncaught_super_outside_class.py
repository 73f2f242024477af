# Calling zero-argument super() from a function attached to a class after creation fails.
class Animal:
    def speak(self):
        return "..."
class Dog(Animal):
    def speak(self):
        return "woof and " + super().speak()
print(Dog().speak())
def speak_loudly(self):
    return super().speak().upper()
Dog.speak_loudly = speak_loudly
print(Dog.speak_loudly.__qualname__)
print(Dog().speak_loudly())
