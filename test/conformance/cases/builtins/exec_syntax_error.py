# conformance: compare-stderr=full
# An uncaught SyntaxError from exec(): File "<string>", the source line and the caret.
exec("value = (1 +\n  2 *)")
