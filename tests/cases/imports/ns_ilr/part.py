print("exec ns_ilr.part")
