print("exec pkg_ilm.sub")
