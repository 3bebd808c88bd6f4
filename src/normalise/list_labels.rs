//! How deep a list item stands when only its label says so. DOCX and ODT give each list
//! paragraph its level; plain text and PDF give only the labels, "(a)" then "(i)" then
//! "(b)". Drafters nest label styles in a fixed order within a clause, so the first style
//! met is the outer list, a new style opens a list inside it, and a style met before
//! closes the lists opened after it. "(i)" after "(h)" is the ninth letter, not one in
//! Roman numerals; "(v)" and "(x)" likewise.

/// The numbering style of an item label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    LowerLetter,
    UpperLetter,
    LowerRoman,
    UpperRoman,
    Digits,
    /// "1.1.1" under a clause: nested by its own dots, not by style.
    Other,
}

/// The labels of the lists open at the current item, outermost first: each level's style
/// and the label last seen at it.
#[derive(Debug, Default)]
pub struct LabelDepths {
    levels: Vec<(Style, String)>,
}

impl LabelDepths {
    /// Forgets the lists: the paragraph before was not an item.
    pub fn reset(&mut self) {
        self.levels.clear();
    }

    /// The depth (0 = outermost) of an item labelled `label` ("(b)", "ii)", "(3)"), given
    /// the items before it since the last `reset`.
    pub fn depth_of(&mut self, label: &str) -> u8 {
        let core = label
            .trim()
            .trim_start_matches('(')
            .trim_end_matches(['.', ')']);
        let style = self.style_of(core);
        let depth = match self.levels.iter().position(|(s, _)| *s == style) {
            Some(at) => {
                self.levels.truncate(at + 1);
                self.levels[at].1 = core.to_string();
                at
            }
            None => {
                self.levels.push((style, core.to_string()));
                self.levels.len() - 1
            }
        };
        depth.min(8) as u8
    }

    fn style_of(&self, core: &str) -> Style {
        let letters = core.chars().all(|c| c.is_ascii_alphabetic());
        if core.is_empty() || !core.is_ascii() {
            return Style::Other;
        }
        if core.chars().all(|c| c.is_ascii_digit()) {
            return Style::Digits;
        }
        if !letters {
            return Style::Other;
        }
        let lower = core.chars().all(|c| c.is_ascii_lowercase());
        let upper = core.chars().all(|c| c.is_ascii_uppercase());
        let roman = core
            .chars()
            .all(|c| matches!(c.to_ascii_lowercase(), 'i' | 'v' | 'x' | 'l' | 'c'));
        let (letter, numeral) = if lower {
            (Style::LowerLetter, Style::LowerRoman)
        } else if upper {
            (Style::UpperLetter, Style::UpperRoman)
        } else {
            return Style::Other;
        };
        if !roman {
            return letter;
        }
        if core.len() > 1 {
            return numeral;
        }
        // One letter that is also a numeral ("i", "v", "x", "l", "c"): a letter if it
        // follows the one before it in an open list of letters ("(h)" then "(i)"), else a
        // numeral (a lone "(i)" opens a list of numerals).
        let c = core.as_bytes()[0].to_ascii_lowercase();
        let follows_letter = self.levels.iter().any(|(s, last)| {
            *s == letter && last.len() == 1 && last.as_bytes()[0].to_ascii_lowercase() + 1 == c
        });
        if follows_letter {
            letter
        } else {
            numeral
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn depths(labels: &[&str]) -> Vec<u8> {
        let mut d = LabelDepths::default();
        labels.iter().map(|l| d.depth_of(l)).collect()
    }

    #[test]
    fn a_new_style_nests_and_an_old_one_returns() {
        assert_eq!(
            depths(&["(a)", "(i)", "(ii)", "(b)", "(i)", "(A)", "(ii)", "(c)"]),
            [0, 1, 1, 0, 1, 2, 1, 0]
        );
        assert_eq!(depths(&["1)", "a)", "b)", "2)"]), [0, 1, 1, 0]);
    }

    #[test]
    fn letters_that_are_numerals_follow_the_letters() {
        let letters: Vec<String> = ('a'..='k').map(|c| format!("({c})")).collect();
        let labels: Vec<&str> = letters.iter().map(String::as_str).collect();
        assert_eq!(depths(&labels), vec![0; 11]);
        // A lone "(i)" opens a list of numerals, and "(v)" under "(d)" is a numeral.
        assert_eq!(depths(&["(i)", "(ii)"]), [0, 0]);
        assert_eq!(
            depths(&["(d)", "(i)", "(ii)", "(iii)", "(iv)", "(v)", "(e)"]),
            [0, 1, 1, 1, 1, 1, 0]
        );
    }

    #[test]
    fn reset_forgets_the_lists() {
        let mut d = LabelDepths::default();
        assert_eq!(d.depth_of("(a)"), 0);
        assert_eq!(d.depth_of("(i)"), 1);
        d.reset();
        assert_eq!(d.depth_of("(i)"), 0);
    }
}
