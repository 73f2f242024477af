def helper():
    return "helper from c"
import mod_circ_d
C_DONE = mod_circ_d.D_VALUE
