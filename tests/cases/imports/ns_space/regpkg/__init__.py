print("exec ns_space.regpkg", __package__)
R = "R"
