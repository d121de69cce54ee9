# A misspelt name inside a comprehension at module level: 3.12 inlines the comprehension (PEP 709), so
# its variable is one of the module code's co_varnames and is suggested; 3.11 suggests it from the
# comprehension's own frame; 3.13 hides it from f_locals.
print([str(ee) for e in range(3)])
