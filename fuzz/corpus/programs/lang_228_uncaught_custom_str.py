class HTTPError(Exception):
    def __init__(self, status, reason):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason
    def __str__(self):
        return f"{self.status} {self.reason}"
def fetch(url):
    print("fetching", url)
    raise HTTPError(404, "Not Found")
fetch("/missing")
