# A plain syntax error: nothing runs; stderr ends with the SyntaxError message (wording varies by version).
print("this never prints")
if True
    print("missing colon")
