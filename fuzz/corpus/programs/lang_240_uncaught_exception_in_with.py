class Transaction:
    def __enter__(self):
        print("begin")
        return self
    def __exit__(self, et, ev, tb):
        print("rollback" if et else "commit")
        return False
with Transaction():
    print("step 1")
with Transaction():
    print("step 2")
    raise PermissionError("not allowed to write")
