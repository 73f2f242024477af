print("exec ns_ilm.part")
