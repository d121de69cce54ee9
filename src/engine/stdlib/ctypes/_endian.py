"""ctypes._endian: the byte-order variants of Structure and Union, which heapscope does not model either
(see ctypes.Structure)."""

from ctypes import Structure, Union

BigEndianStructure = LittleEndianStructure = Structure
BigEndianUnion = LittleEndianUnion = Union
