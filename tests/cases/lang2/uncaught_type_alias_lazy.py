# A `type` alias whose value refers to an undefined name only fails when __value__ is evaluated.
type Vector = list[float]
type Matrix = list[Vector]
type Broken = dict[str, UndefinedType]
print(Vector.__value__, Matrix.__value__, Broken.__name__)
print("aliases defined; evaluating Broken lazily now")
print(Broken.__value__)
