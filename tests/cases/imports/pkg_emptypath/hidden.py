print("should never run")
