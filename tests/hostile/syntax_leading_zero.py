# hostile: a syntax error: leading zero
# reference: cpython
# expect-code: 1
# expect-stderr: SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers
# expect-stderr-has: ", line 7
# expect-stdout: 
x = 0777
