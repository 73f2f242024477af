import mod_circ_self
print("self import gives the partial module", mod_circ_self.__name__, hasattr(mod_circ_self, "later"))
from mod_circ_self import later
later = 1
