//! List numbers as word processors write them: letters (a, b, ..., z, aa, bb) and roman
//! numerals, shared by the DOCX and ODT readers.

/// `1 -> A`, `26 -> Z`, `27 -> AA` (the letter repeats, as Word and LibreOffice do).
pub fn letters(n: u32) -> String {
    if n == 0 {
        return String::new();
    }
    let letter = (b'A' + ((n - 1) % 26) as u8) as char;
    letter
        .to_string()
        .repeat(((n - 1) / 26 + 1).min(10) as usize)
}

/// Upper-case roman numerals; numbers past 3999 stay decimal.
pub fn roman(mut n: u32) -> String {
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    if n == 0 || n > 3999 {
        return n.to_string();
    }
    let mut out = String::new();
    for (value, digits) in TABLE {
        while n >= value {
            out.push_str(digits);
            n -= value;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn letters_and_numerals() {
        assert_eq!(super::letters(1), "A");
        assert_eq!(super::letters(28), "BB");
        assert_eq!(super::roman(14), "XIV");
        assert_eq!(super::roman(1999), "MCMXCIX");
    }
}
