import sys

if __name__ == "__main__":
    print("OK")
    sys.exit(1)
