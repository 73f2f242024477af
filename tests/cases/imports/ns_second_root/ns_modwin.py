print("exec module ns_modwin")
KIND = "module"
