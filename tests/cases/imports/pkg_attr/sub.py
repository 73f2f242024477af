INITIAL = sorted(globals())
