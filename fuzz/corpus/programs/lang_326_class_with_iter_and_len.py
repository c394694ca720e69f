class Playlist:
    def __init__(self, name):
        self.name = name
        self.songs = []
    def add(self, *songs):
        self.songs.extend(songs)
        return self
    def __len__(self):
        return len(self.songs)
    def __iter__(self):
        return iter(self.songs)
    def __getitem__(self, i):
        return self.songs[i]
    def __contains__(self, song):
        return song.lower() in (s.lower() for s in self.songs)
    def __repr__(self):
        return f"Playlist({self.name!r}, {len(self)} songs)"
p = Playlist("road trip").add("Song A", "Song B").add("Song C")
print(p, len(p), p[0], p[-1])
print("song b" in p, "Song Z" in p)
for n, song in enumerate(p, 1):
    print(n, song)
print(sorted(p, reverse=True), list(reversed(p)))
print(bool(Playlist("empty")), bool(p))
