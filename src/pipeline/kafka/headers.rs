//! Headers bound to categories (`[topics.headers] caller = "phone"`): each
//! bound header's value goes through its category's operator, keyed exactly
//! as in record bodies (the worker's operators of the current epoch), so a
//! number gets the same token in both places.

use std::collections::HashMap;
use std::sync::Arc;

use crate::detect::{self, Kind, Normalize};
use crate::ops::{Applied, Operator};
use crate::pipeline::engine::{RecordError, VaultItem, ip_kind_of};
use crate::rules::{CatId, Pack};

struct Rule {
    name: String,
    cat: CatId,
    kind: Kind,
    normalize: Normalize,
    reversible: bool,
}

/// The header bindings of one topic: immutable, shared by all workers.
#[derive(Clone, Default)]
pub struct HeaderRules {
    rules: Arc<Vec<Rule>>,
}

/// Cached replacements per worker: (category, original) → replacement.
/// Cleared when full, so memory stays bounded.
#[derive(Clone, Default)]
pub struct HeaderCache(HashMap<(CatId, Box<str>), Option<Box<str>>>);

const CACHE_CAPACITY: usize = 4096;

impl HeaderRules {
    /// The rules for `bindings` (header name → category of `pack`).
    pub fn new(pack: &Pack, bindings: &[(String, CatId)]) -> HeaderRules {
        let mut rules = Vec::with_capacity(bindings.len());
        for (name, cat) in bindings {
            let c = &pack.categories[*cat as usize];
            rules.push(Rule {
                name: name.clone(),
                cat: *cat,
                kind: c.kind,
                normalize: Normalize {
                    casefold_username: c.casefold,
                },
                reversible: c.reversible,
            });
        }
        HeaderRules {
            rules: Arc::new(rules),
        }
    }

    /// Whether no header is bound.
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// Rewrites bound headers in place with `ops`, the operators of the
    /// topic's worker ([`crate::pipeline::Worker::operators`]). A dropped
    /// value removes the header. Reversible values are appended to `items`
    /// (on first sight per cache). Clear `cache` when the epoch turns.
    pub fn apply(
        &self,
        ops: &[Operator],
        headers: &mut Vec<(String, Option<Vec<u8>>)>,
        cache: &mut HeaderCache,
        items: &mut Vec<VaultItem>,
    ) -> Result<(), RecordError> {
        if self.rules.is_empty() {
            return Ok(());
        }
        let mut canon = String::new();
        let mut i = 0;
        while i < headers.len() {
            let Some(rule) = self.rules.iter().find(|r| r.name == headers[i].0) else {
                i += 1;
                continue;
            };
            let Some(raw) = headers[i].1.as_deref() else {
                i += 1;
                continue;
            };
            let original = std::str::from_utf8(raw).map_err(|e| {
                RecordError::Decode(crate::format::DecodeError::Utf8 {
                    offset: e.valid_up_to(),
                })
            })?;
            if original.trim().is_empty() {
                i += 1;
                continue;
            }
            let key = (rule.cat, Box::<str>::from(original));
            let replaced = match cache.0.get(&key) {
                Some(hit) => hit.clone(),
                None => {
                    let kind = ip_kind_of(rule.kind, original);
                    if !detect::normalize(kind, original, &rule.normalize, &mut canon) {
                        canon.clear();
                        canon.push_str(original.trim());
                    }
                    let mut out = String::new();
                    let operator = ops.get(rule.cat as usize).ok_or(RecordError::Operator {
                        kind,
                        error: crate::ops::OpError::WrongKind,
                    })?;
                    let applied = operator
                        .apply(kind, original, &canon, &mut out)
                        .map_err(|error| RecordError::Operator { kind, error })?;
                    let value = match applied {
                        Applied::Replaced => Some(out.into_boxed_str()),
                        Applied::Dropped => None,
                        Applied::Kept => Some(original.into()),
                    };
                    if applied == Applied::Replaced && rule.reversible {
                        if let Some(v) = &value {
                            let token = crate::ops::vault_token(kind, v);
                            items.push(VaultItem {
                                category: rule.cat,
                                token: token.to_string(),
                                original: original.to_string(),
                            });
                        }
                    }
                    if cache.0.len() >= CACHE_CAPACITY {
                        cache.0.clear();
                    }
                    cache.0.insert(key, value.clone());
                    value
                }
            };
            match replaced {
                Some(v) => {
                    headers[i].1 = Some(v.as_bytes().to_vec());
                    i += 1;
                }
                None => {
                    headers.remove(i);
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::Keyring;

    fn pack() -> Pack {
        crate::rules::Source::Embedded.load("asterisk-cdr").unwrap()
    }

    #[test]
    fn bound_headers_get_the_body_token() {
        let keyring = Keyring::generate().unwrap();
        let pack = pack();
        let phone = pack
            .categories
            .iter()
            .position(|c| c.name == "phone")
            .unwrap() as CatId;
        let rules = HeaderRules::new(&pack, &[("caller".into(), phone)]);
        let mut headers = vec![
            ("caller".to_string(), Some(b"0701740683".to_vec())),
            ("trace".to_string(), Some(b"0701740683".to_vec())),
        ];
        let mut cache = HeaderCache::default();
        let mut items = Vec::new();
        let engine = crate::pipeline::Engine::new(pack.clone(), &keyring).unwrap();
        let mut w = engine.worker();
        rules
            .apply(w.operators(), &mut headers, &mut cache, &mut items)
            .unwrap();
        let token = String::from_utf8(headers[0].1.clone().unwrap()).unwrap();
        assert_ne!(token, "0701740683");
        // Unbound headers are untouched.
        assert_eq!(headers[1].1.as_deref(), Some(&b"0701740683"[..]));
        // The same value in a record body gets the same token (an epoch
        // token: the phone category has epoch keys).
        assert!(crate::ops::token_epoch(&token).is_some(), "{token}");
        let mut out = Vec::new();
        let row = br#""","0701740683","0812345678","from-internal","","SIP/1001-0000001a","SIP/trunk-0000001b","Dial","SIP/trunk,30","2026-03-01 08:00:00","","2026-03-01 08:00:20",20,0,"NO ANSWER","DOCUMENTATION""#;
        w.process(row, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains(&token), "{text} lacks {token}");
        // Reversible categories hand their originals over once per cache.
        let reversible = pack.categories[phone as usize].reversible;
        assert_eq!(items.len(), usize::from(reversible));
        let mut again = vec![("caller".to_string(), Some(b"0701740683".to_vec()))];
        rules
            .apply(w.operators(), &mut again, &mut cache, &mut items)
            .unwrap();
        assert_eq!(again[0].1, headers[0].1);
        assert_eq!(items.len(), usize::from(reversible));
    }

    #[test]
    fn invalid_utf8_in_a_bound_header_is_an_error() {
        let keyring = Keyring::generate().unwrap();
        let pack = pack();
        let phone = pack
            .categories
            .iter()
            .position(|c| c.name == "phone")
            .unwrap() as CatId;
        let rules = HeaderRules::new(&pack, &[("caller".into(), phone)]);
        let mut headers = vec![("caller".to_string(), Some(vec![0xff, 0xfe]))];
        let engine = crate::pipeline::Engine::new(pack.clone(), &keyring).unwrap();
        let err = rules
            .apply(
                engine.worker().operators(),
                &mut headers,
                &mut HeaderCache::default(),
                &mut Vec::new(),
            )
            .unwrap_err();
        assert_eq!(err.reason(), "invalid-utf8");
    }
}
