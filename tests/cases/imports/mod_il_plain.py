print("exec mod_il_plain")
