globals()[1] = "int key"
plain = "plain"
