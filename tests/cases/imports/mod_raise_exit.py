print("exec mod_raise_exit")
raise SystemExit(7)
