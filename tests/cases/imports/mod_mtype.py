"""mod_mtype doc"""
x: int = 1
VALUE = "value"
