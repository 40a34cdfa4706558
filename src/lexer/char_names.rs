//! `\N{NAME}`: Unicode character names and aliases, matched as CPython 3.11 matches them.
//!
//! The name table comes from `unicode_names2`, which matches loosely (it ignores spaces,
//! underscores and medial hyphens). CPython only ignores case, and for the names it builds
//! from code points (CJK unified ideographs, Hangul syllables) not even that; those are
//! checked here.

/// Ranges of the CJK unified ideographs in Unicode 14.0, CPython 3.11's database.
const CJK_UNIFIED: &[(u32, u32)] = &[
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0x20000, 0x2A6DF),
    (0x2A700, 0x2B738),
    (0x2B740, 0x2B81D),
    (0x2B820, 0x2CEA1),
    (0x2CEB0, 0x2EBE0),
    (0x30000, 0x3134A),
];

/// The prefix of the names of CJK unified ideographs (followed by the code point in hex).
const CJK_PREFIX: &str = "CJK UNIFIED IDEOGRAPH-";
/// The prefix of the names of Hangul syllables.
const HANGUL_PREFIX: &str = "HANGUL SYLLABLE ";

/// The character named `name` (a character name or alias), if CPython knows it.
pub fn lookup(name: &str) -> Option<char> {
    if !well_formed(name) {
        return None;
    }
    let upper = name.to_ascii_uppercase();
    if upper.starts_with(CJK_PREFIX) {
        return cjk_unified(name);
    }
    if upper.starts_with(HANGUL_PREFIX) && name != upper {
        return None;
    }
    let c = unicode_names2::character(name)?;
    exact_match(c, &upper).then_some(c)
}

/// Names are words of ASCII letters, digits and hyphens separated by single spaces.
fn well_formed(name: &str) -> bool {
    !name.is_empty()
        && name
            .split(' ')
            .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
}

/// `CJK UNIFIED IDEOGRAPH-XXXX`: upper case only, four or five hex digits, in a block.
fn cjk_unified(name: &str) -> Option<char> {
    let hex = name.strip_prefix(CJK_PREFIX)?;
    let upper_hex = hex
        .bytes()
        .all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(&b));
    if !(4..=5).contains(&hex.len()) || !upper_hex {
        return None;
    }
    let code = u32::from_str_radix(hex, 16).ok()?;
    CJK_UNIFIED
        .iter()
        .any(|&(lo, hi)| (lo..=hi).contains(&code))
        .then(|| char::from_u32(code))?
}

/// Rejects the loose matches CPython would not make: `upper` differs from the character's
/// name only in spaces or hyphens. (Aliases differ in their words, and stay accepted.)
fn exact_match(c: char, upper: &str) -> bool {
    let Some(real) = unicode_names2::name(c).map(|n| n.to_string()) else {
        return true;
    };
    real == upper || squeeze(&real) != squeeze(upper)
}

/// A name without its spaces and hyphens.
fn squeeze(name: &str) -> String {
    name.chars().filter(|c| !matches!(c, ' ' | '-')).collect()
}

#[cfg(test)]
mod tests {
    use super::lookup;

    #[test]
    fn matches_names_and_aliases_ignoring_case() {
        assert_eq!(lookup("LATIN SMALL LETTER A"), Some('a'));
        assert_eq!(lookup("latin small letter a"), Some('a'));
        assert_eq!(lookup("LINE FEED"), Some('\n'));
        assert_eq!(lookup("LATIN CAPITAL LETTER GHA"), Some('\u{1a2}'));
        assert_eq!(lookup("HANGUL SYLLABLE GAG"), Some('\u{ac01}'));
        assert_eq!(lookup("CJK UNIFIED IDEOGRAPH-4E2D"), Some('\u{4e2d}'));
    }

    #[test]
    fn rejects_what_cpython_rejects() {
        for name in [
            "NO BREAK SPACE",
            "LATIN_SMALL_LETTER_A",
            "SPACE ",
            "LATIN  SMALL LETTER A",
            "hangul syllable gag",
            "CJK UNIFIED IDEOGRAPH-4e2d",
            "CJK UNIFIED IDEOGRAPH-31350",
            "KEYCAP NUMBER SIGN",
        ] {
            assert_eq!(lookup(name), None, "{name}");
        }
    }
}
