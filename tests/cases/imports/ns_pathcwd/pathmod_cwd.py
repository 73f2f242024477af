CWD = "cwd"
