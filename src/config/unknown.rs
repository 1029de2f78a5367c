//! Keys that no section knows: every one is reported with its name, its line
//! and the nearest known key, instead of serde stopping at the first.

use serde::Deserialize;

use super::{BatchSpec, Ctx, KafkaSpec, Spec, TopicSpec};

/// The field names serde knows for `T`: what `deserialize_struct` is told.
fn field_names<'de, T: Deserialize<'de>>() -> &'static [&'static str] {
    use serde::de::value::Error;
    struct Names(&'static [&'static str]);
    impl<'de> serde::Deserializer<'de> for &mut Names {
        type Error = Error;
        fn deserialize_any<V: serde::de::Visitor<'de>>(self, _: V) -> Result<V::Value, Error> {
            Err(serde::de::Error::custom("field names only"))
        }
        fn deserialize_struct<V: serde::de::Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Error> {
            self.0 = fields;
            Err(serde::de::Error::custom("field names only"))
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
            bytes byte_buf option unit unit_struct newtype_struct seq tuple
            tuple_struct map enum identifier ignored_any
        }
    }
    let mut names = Names(&[]);
    let _ = T::deserialize(&mut names);
    names.0
}

/// Reports every key the config does not know, with its dotted name, line
/// and the nearest known key. Syntax errors are left to the parse proper.
pub(super) fn unknown_keys(cx: &mut Ctx<'_>) {
    use toml::de::{DeTable, DeValue};
    let Ok(doc) = DeTable::parse(cx.src) else {
        return;
    };
    fn check(cx: &mut Ctx<'_>, table: &DeTable<'_>, at: &str, known: &[&str]) {
        for (k, _) in table.iter() {
            let name: &str = k.get_ref();
            if !known.contains(&name) {
                let key = if at.is_empty() {
                    name.to_string()
                } else {
                    format!("{at}.{name}")
                };
                let hint = crate::rules::compile::suggest(name, known.iter().copied());
                cx.err(k.span(), &key, format!("unknown key \"{name}\"{hint}"));
            }
        }
    }
    let doc = doc.get_ref();
    check(cx, doc, "", field_names::<Spec>());
    for (k, v) in doc.iter() {
        match (&**k.get_ref(), v.get_ref()) {
            ("kafka", DeValue::Table(t)) => check(cx, t, "kafka", field_names::<KafkaSpec>()),
            ("batch", DeValue::Table(t)) => check(cx, t, "batch", field_names::<BatchSpec>()),
            ("topics", DeValue::Array(a)) => {
                for (i, t) in a.iter().enumerate() {
                    if let DeValue::Table(t) = t.get_ref() {
                        check(cx, t, &format!("topics[{i}]"), field_names::<TopicSpec>());
                    }
                }
            }
            _ => {}
        }
    }
}
