//! JSON log events.

use super::Values;

/// One JSON log event (ECS-style) with a user, an e-mail, a source IP and a
/// message mentioning a phone number.
pub fn json_event<V: Values>(v: &mut V) -> String {
    let u = v.user();
    format!(
        "{{\"@timestamp\":\"2026-11-22T10:{:02}:{:02}Z\",\"event\":{{\"id\":\"{:016x}\",\"action\":\"login\"}},\"source\":{{\"ip\":\"{}\"}},\"user\":{{\"name\":\"{u}\",\"email\":\"{u}@example.se\"}},\"message\":\"login ok, callback {}\"}}",
        v.rng().below(60),
        v.rng().below(60),
        v.rng().next_u64(),
        v.ip(),
        v.phone()
    )
}
