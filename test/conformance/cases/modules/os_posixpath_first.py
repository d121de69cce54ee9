# os: importing posixpath (os.path) before os is a cache hit too, and both name the same module objects
import gc

before = gc.get_count()
import posixpath
from os.path import join, splitext
import os
print(gc.get_count() == before, os.path is posixpath, join('a', 'b'), splitext('x.tar.gz'), os.sep, os.name)
