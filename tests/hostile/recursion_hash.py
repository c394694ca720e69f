# hostile: a __hash__ that hashes itself (each level nests a C++ call)
# reference: cpython
# expect-code: 1
# expect-stderr: RecursionError: maximum recursion depth exceeded
# expect-stdout: 
class H:
    def __hash__(self):
        return hash(self)

print({H(): 1})
