from . import loaded
p = "p"
