print("exec pkg_starnoall.notloaded")
N = 1
