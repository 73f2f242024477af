seen = []
