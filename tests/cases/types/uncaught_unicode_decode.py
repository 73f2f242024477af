# The program ends with an uncaught UnicodeDecodeError.
data = "naïve café".encode("utf-8")
print(data, len(data))
print(data.decode("utf-8"))
print(data.decode("ascii", "replace"))
print(data[:3].decode("ascii"))
print(data.decode("ascii"))
