print("a start")
A1 = "A1"
import mod_circ_b
A2 = "A2"
print("a end, b complete:", mod_circ_b.B_DONE)
