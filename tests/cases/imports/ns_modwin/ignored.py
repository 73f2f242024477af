print("should not be importable")
