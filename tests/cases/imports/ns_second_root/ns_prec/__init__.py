print("exec regular ns_prec")
KIND = "regular"
