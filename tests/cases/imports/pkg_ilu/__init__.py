print("exec pkg_ilu")
