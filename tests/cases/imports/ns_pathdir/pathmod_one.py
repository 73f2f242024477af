print("exec pathmod_one", __name__)
ONE = 1
