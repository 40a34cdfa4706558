# bench: kind=cpu
# Word counting with a dict: a deterministic pseudo-random text is split and
# counted with dict.get and `in`, then the top words are sorted out.

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "qu", "pe", "do"]


def make_text(n_words, seed):
    words = []
    state = seed
    for _ in range(n_words):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        length = 1 + state % 3
        word = ""
        for k in range(length):
            word += SYLLABLES[(state >> (4 * k + 3)) % len(SYLLABLES)]
        words.append(word)
    return " ".join(words)


def count_words(text):
    counts = {}
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    return counts


def count_pairs(text):
    pairs = {}
    words = text.split()
    for i in range(len(words) - 1):
        key = (words[i], words[i + 1])
        if key in pairs:
            pairs[key] += 1
        else:
            pairs[key] = 1
    return pairs


def main():
    text = make_text(300000, 2024)
    counts = count_words(text)
    pairs = count_pairs(text)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    best_pair = max(pairs.items(), key=lambda kv: (kv[1], kv[0]))
    print("distinct", len(counts), "pairs", len(pairs))
    print("top", top)
    print("best pair", best_pair)
    print("dict checksum", sum(v * len(k) for k, v in counts.items()))


main()
