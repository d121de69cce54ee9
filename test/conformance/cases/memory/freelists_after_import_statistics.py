# The freelists right after a module's first import (`import statistics`) hold what CPython's import leaves there:
# of the tuples (sizes 1, 2, 3, 6), lists, dicts, floats and one-key str dicts made next, only those the
# freelists cannot serve need a new memory block (sys.getallocatedblocks() differences, one more for each
# count's own int).
import statistics
import sys
n0 = sys.getallocatedblocks()
a = (n0,); b = (n0,); c = (n0,); d = (n0,); e = (n0,); f = (n0,); g = (n0,); h = (n0,)
n1 = sys.getallocatedblocks()
a = (n0, n0); b = (n0, n0); c = (n0, n0); d = (n0, n0); e = (n0, n0); f = (n0, n0); g = (n0, n0); h = (n0, n0)
n2 = sys.getallocatedblocks()
a = (n0, n0, n0); b = (n0, n0, n0); c = (n0, n0, n0); d = (n0, n0, n0); e = (n0, n0, n0); f = (n0, n0, n0)
n3 = sys.getallocatedblocks()
a = (n0, n0, n0, n0, n0, n0); b = (n0, n0, n0, n0, n0, n0); c = (n0, n0, n0, n0, n0, n0); d = (n0, n0, n0, n0, n0, n0)
n4 = sys.getallocatedblocks()
a = []; b = []; c = []; d = []; e = []; f = []; g = []; h = []
n5 = sys.getallocatedblocks()
a = {}; b = {}; c = {}; d = {}; e = {}; f = {}; g = {}; h = {}
n6 = sys.getallocatedblocks()
a = n0 * 0.5; b = n0 * 1.5; c = n0 * 2.5; d = n0 * 3.5; e = n0 * 4.5; f = n0 * 5.5; g = n0 * 6.5; h = n0 * 7.5
n7 = sys.getallocatedblocks()
a = {'k': n0}; b = {'k': n0}; c = {'k': n0}; d = {'k': n0}; e = {'k': n0}; f = {'k': n0}
n8 = sys.getallocatedblocks()
print('tuples', n1 - n0, n2 - n1, n3 - n2, n4 - n3)
print('lists', n5 - n4, 'dicts', n6 - n5, 'floats', n7 - n6, 'str-key dicts', n8 - n7)
