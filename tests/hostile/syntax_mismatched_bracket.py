# hostile: a syntax error: mismatched bracket
# reference: cpython
# expect-code: 1
# expect-stderr: SyntaxError: closing parenthesis ')' does not match opening parenthesis '['
# expect-stderr-has: ", line 7
# expect-stdout: 
x = [1, 2)
