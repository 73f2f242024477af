print("exec mod_ilu_file as", __name__)
VALUE = "value"
