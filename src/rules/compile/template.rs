//! `{{name}}` placeholders in a test case's template.

/// The category names used as `{{name}}` placeholders in a test template.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(i) = rest.find("{{") {
        let after = &rest[i + 2..];
        match after.find("}}") {
            Some(j) if is_placeholder_name(&after[..j]) => {
                out.push(&after[..j]);
                rest = &after[j + 2..];
            }
            _ => rest = &rest[i + 1..],
        }
    }
    out
}

/// Whether `s` can be a placeholder name.
pub fn is_placeholder_name(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}
