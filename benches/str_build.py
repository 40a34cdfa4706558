# bench: kind=cpu
# String building: f-strings, str.join, += concatenation, str methods and
# slicing; the checksum is built from lengths and a few characters.


def render_rows(n):
    rows = []
    for i in range(n):
        rows.append(f"row {i:>6} | {i * 3 % 17:02d} | {i / 7:.3f} | {'x' * (i % 5)}")
    return "\n".join(rows)


def concat_words(n):
    text = ""
    for i in range(n):
        text += str(i % 97)
        text += "," if i % 10 else ";"
    return text


def shout(text):
    parts = text.split(";")
    loud = [p.upper().replace(",", "-").strip("-") for p in parts]
    return "|".join(loud)


def main():
    total = 0
    digest = 0
    for rnd in range(12):
        table = render_rows(20000 + rnd)
        words = concat_words(60000)
        loud = shout(words)
        total += len(table) + len(words) + len(loud)
        digest = (digest * 31 + ord(table[-1]) + ord(loud[len(loud) // 2])) % 1000000007
        if rnd == 0:
            print(table[:40].replace("\n", "/"))
            print(loud[:30])
    print("str checksum", total, digest)


main()
