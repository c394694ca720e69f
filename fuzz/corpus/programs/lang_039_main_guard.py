def main():
    print("running main")
    return 0
print("__name__ is", __name__)
if __name__ == "__main__":
    rc = main()
    print("rc", rc)
else:
    print("imported")
