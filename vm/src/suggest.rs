//! "Did you mean ...?" hints for NameError and AttributeError, with CPython's
//! Levenshtein-based rule (substitution 2, case-only change 1, insertion/deletion 2).

const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;
const MAX_STRING_SIZE: usize = 40;

fn substitution_cost(a: char, b: char) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// Levenshtein distance, or `max + 1` when it exceeds `max`.
fn distance(a: &str, b: &str, max: usize) -> usize {
    if a == b {
        return 0;
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max + 1;
    }
    if a.len().abs_diff(b.len()) * MOVE_COST > max {
        return max + 1;
    }
    let mut prev: Vec<usize> = (0..=b.len()).map(|j| j * MOVE_COST).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i * MOVE_COST; b.len() + 1];
        for j in 1..=b.len() {
            cur[j] = (prev[j - 1] + substitution_cost(a[i - 1], b[j - 1]))
                .min(prev[j] + MOVE_COST)
                .min(cur[j - 1] + MOVE_COST);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// The closest candidate to `name`, if close enough.
pub fn suggest(name: &str, candidates: &[String]) -> Option<String> {
    let mut best: Option<(usize, &String)> = None;
    for c in candidates {
        if c == name {
            continue;
        }
        let mut max = (name.len() + c.len() + 3) * MOVE_COST / 6;
        if let Some((d, _)) = best {
            max = max.min(d.saturating_sub(1));
        }
        let d = distance(name, c, max);
        if d > max {
            continue;
        }
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c.clone())
}

#[cfg(test)]
mod tests {
    use super::suggest;

    #[test]
    fn close_names_are_suggested() {
        let c: Vec<String> = ["count", "print", "len"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(suggest("cuont", &c).as_deref(), Some("count"));
        assert_eq!(suggest("prnt", &c).as_deref(), Some("print"));
        assert_eq!(suggest("zzzzzz", &c), None);
    }
}
