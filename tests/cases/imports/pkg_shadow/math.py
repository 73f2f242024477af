SHADOW = "shadow math"
print("exec shadow math as", __name__)
