SHADOW = "shadow time"
print("exec shadow time as", __name__)
