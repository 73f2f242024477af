if __name__ == "__main__":
    print("mod_main_check run as main")
else:
    print("mod_main_check imported as", __name__)
