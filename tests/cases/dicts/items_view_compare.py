# Comparing dict views is set-like but needs no hashing of values: items views with
# unhashable values compare by key lookup and ==.
a = {1: [1], 2: [2]}
b = {2: [2], 1: [1]}
print(a.items() == b.items())
print(a.items() == {1: [1]}.items())
print((1, [1]) in a.items())
print(a.items() <= b.items())
print(a.items() < b.items(), a.items() >= {1: [1]}.items(), a.items() > {1: [1]}.items())
print(a.items() != b.items(), a.keys() == {1, 2}, {1, 2} == a.keys())
print(a.items() == {(1, 2)}, {1: 2}.items() == {(1, 2)})
