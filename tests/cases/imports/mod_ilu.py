print("exec mod_ilu")
