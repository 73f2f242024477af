SHADOW = "shadow json"
print("exec shadow json as", __name__)
