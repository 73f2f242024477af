SHADOW = "shadow string"
print("exec shadow string as", __name__)
