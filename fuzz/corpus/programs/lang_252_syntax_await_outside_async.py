async def fetch():
    return 1
def main():
    data = await fetch()
    print(data)
main()
