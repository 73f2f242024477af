print("exec pkg_ilu.sub")
