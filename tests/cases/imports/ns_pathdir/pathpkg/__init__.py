P = "P"
