print("exec mod_ilmeta_plain")
P = 1
