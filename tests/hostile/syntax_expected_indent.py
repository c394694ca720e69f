# hostile: a syntax error: expected indent
# reference: cpython
# expect-code: 1
# expect-stderr: IndentationError: expected an indented block after 'if' statement on line 7
# expect-stderr-has: ", line 8
# expect-stdout: 
if True:
print(1)
