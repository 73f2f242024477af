print("exec mod_err_nested")
import nonexistent_inner_xyz
