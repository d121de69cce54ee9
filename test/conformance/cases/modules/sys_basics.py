# sys: version_info, maxsize, argv-independent basics, getrecursionlimit, int_info limits.
import sys
print(sys.version_info.major, sys.version_info[0], sys.version_info >= (3, 11), sys.version_info < (4,), type(sys.version_info).__name__)
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, -sys.maxsize - 1, sys.byteorder, sys.getrecursionlimit())
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.int_info.bits_per_digit, sys.hash_info.modulus, sys.hash_info.width)
print(sys.maxunicode, sys.get_int_max_str_digits(), sys.flags.hash_randomization, sys.flags.optimize, sys.flags.dont_write_bytecode)
print(type(sys.modules).__name__, "sys" in sys.modules, "__main__" in sys.modules, sys.modules["__main__"].__name__)
print(sys.argv[0].endswith("sys_basics.py"), len(sys.argv), type(sys.path).__name__, sys.stdout.encoding, sys.implementation.name)
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4500)), sys.get_int_max_str_digits())
print(sys.getsizeof(0) > 0, callable(sys.exit), sys.exc_info())
