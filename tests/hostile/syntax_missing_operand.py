# hostile: a syntax error: missing operand
# reference: cpython
# expect-code: 1
# expect-stderr: SyntaxError: invalid syntax
# expect-stderr-has: ", line 8
# expect-stdout: 
x = 1
print(x +)
