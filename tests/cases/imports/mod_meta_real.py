X = "X"
