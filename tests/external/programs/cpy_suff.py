#! /usr/bin/python3.11

# suff
#
# show different suffixes amongst arguments

import sys


def main():
    files = ["suff.py", "byext.py", "README", "Makefile.pre.in", "python3.11.tar.gz", ".bashrc", "setup.py", "a.b.c", "LICENSE", "notes.txt"]
    suffixes = {}
    for filename in files:
        suff = getsuffix(filename)
        suffixes.setdefault(suff, []).append(filename)
    for suff, filenames in sorted(suffixes.items()):
        print(repr(suff), len(filenames))


def getsuffix(filename):
    name, sep, suff = filename.rpartition('.')
    return sep + suff if sep else ''


if __name__ == '__main__':
    main()
