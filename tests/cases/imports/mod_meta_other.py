Y = "Y"
