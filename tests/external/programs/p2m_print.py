#!/usr/bin/env python3


def show():
    print("b")
    print(2, "b")
    a: float = 2.1
    print(a)
    b = 2.1
    print(b)
    c = True
    print(c)


if __name__ == "__main__":
    show()
