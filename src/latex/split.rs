//! Lesson text is words with inline math between `$…$` (shared with `build.rs`).

/// A piece of lesson text: plain words or inline math between `$…$`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Segment<'a> {
    /// Words.
    Words(&'a str),
    /// Inline LaTeX.
    Math(&'a str),
}

/// Splits lesson text at `$`: odd pieces are math. Unbalanced `$` makes the last piece words.
pub fn segments(text: &str) -> Vec<Segment<'_>> {
    let pieces: Vec<&str> = text.split('$').collect();
    let balanced = pieces.len() % 2 == 1;
    pieces
        .iter()
        .enumerate()
        .filter(|(_, s)| !s.is_empty())
        .map(|(i, s)| {
            if i % 2 == 1 && (balanced || i + 1 < pieces.len()) {
                Segment::Math(s)
            } else {
                Segment::Words(s)
            }
        })
        .collect()
}

/// The key a formula is looked up by: FNV-1a (64 bits) of its LaTeX and its style. The page's
/// table holds keys, not the LaTeX (which the lesson texts carry already); `build.rs` refuses
/// a collision.
pub fn key(tex: &str, display: bool) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in tex.bytes().chain([u8::from(display)]) {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_inline_math() {
        assert_eq!(
            segments("Let $p$ be $q$."),
            vec![
                Segment::Words("Let "),
                Segment::Math("p"),
                Segment::Words(" be "),
                Segment::Math("q"),
                Segment::Words(".")
            ]
        );
        assert_eq!(segments("no math"), vec![Segment::Words("no math")]);
    }
}
