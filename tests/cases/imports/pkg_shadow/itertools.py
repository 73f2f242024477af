SHADOW = "shadow itertools"
print("exec shadow itertools as", __name__)
