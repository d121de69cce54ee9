# An exception raised in __del__ is printed as "Exception ignored in" and the program continues.
class Noisy:
    def __del__(self):
        raise ValueError("error inside __del__")
n = Noisy()
del n
print("still running")
