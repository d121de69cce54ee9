# One-character strings: the latin-1 singletons (chr, indexing, slicing) versus interned code constants.
# 3.11/3.12 interned some letters as separate static objects at start-up, so the constant "a" is not chr(97)
# there; 3.13 interns the singleton itself.
import sys

letters = "_abcdenprsxqzBCLST"
const_is_chr = [c for c in letters if eval(compile(repr(c), "<s>", "eval")) is chr(ord(c))]
print("constants that are the chr() singleton:", "".join(const_is_chr))
print("sys.intern gives the singleton:", "".join(c for c in letters if sys.intern(chr(ord(c))) is chr(ord(c))))
word = "abc"
x = "a"
folded = "a"[0]  # constant-folded by the compiler: an interned constant
print("indexing and chr agree:", word[0] is chr(97), word[0:1] is chr(97), folded is chr(97))
print("constant is the interned one:", x is sys.intern(chr(97)), x is word[0])
print("singletons have distinct ids:", len({id(chr(c)) for c in range(256)}), id("") != id(" "))
init = "__init__"
print("static names too:", id(init) != id("__new__"), init is sys.intern("__in" + "it__"))
