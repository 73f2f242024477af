SHADOW = "shadow keyword"
print("exec shadow keyword as", __name__)
