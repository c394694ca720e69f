text = """The quick brown fox. The lazy dog!
A quick, quick fox?"""
words = [w.strip(".,!?").lower() for w in text.split()]
print(words)
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top)
def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]
for s in ["A man, a plan, a canal: Panama", "hello", "No 'x' in Nixon"]:
    print(is_palindrome(s), s)
def anagrams(a, b):
    return sorted(a.replace(" ", "").lower()) == sorted(b.replace(" ", "").lower())
print(anagrams("Listen", "Silent"), anagrams("abc", "abd"))
def compress(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{s[i]}{j - i}")
        i = j
    return "".join(out)
print(compress("aaabccdddd"))
print(text.count("quick"), text.upper().find("LAZY"), text.splitlines()[1])
