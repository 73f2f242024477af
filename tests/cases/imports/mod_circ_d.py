from mod_circ_c import helper
D_VALUE = helper()
