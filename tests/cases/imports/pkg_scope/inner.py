print("exec pkg_scope.inner")
I = "I"
