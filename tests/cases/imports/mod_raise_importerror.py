raise ImportError("custom import error", name="custom_name")
