word = "hello"
letters = list(word)
letters[0] = "J"
print("".join(letters))
word[0] = "J"
