import os
text = """It was the best of times,
it was the worst of times,
it was the age of wisdom,
it was the age of foolishness.
"""
name = "tmp_file_word_count.txt"
with open(name, "w") as f:
    f.write(text)
try:
    counts = {}
    lines = chars = 0
    with open(name) as f:
        for line in f:
            lines += 1
            chars += len(line)
            for word in line.lower().replace(",", "").replace(".", "").split():
                counts[word] = counts.get(word, 0) + 1
    print(lines, chars, sum(counts.values()))
    for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
        print(f"{word:>8} {n:2d} {'#' * n}")
    out = "tmp_file_word_count_out.txt"
    with open(out, "w") as f:
        for word in sorted(counts):
            f.write(f"{word}\t{counts[word]}\n")
    with open(out) as f:
        print(f.read().splitlines()[:3])
    os.remove(out)
finally:
    os.remove(name)
print(os.path.exists(name))
