import sys
def main():
    print("doing work")
    errors = 3
    if errors:
        print(f"{errors} errors found")
        sys.exit(errors)
    print("unreachable")
main()
