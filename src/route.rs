//! Hash routes: `#/<slug>?<key>=<value>&…`. The whole state of a page lives here, so the built
//! `dist/` works from any static host and sub-folder, and a link restores exactly what its
//! author saw.

use std::fmt;

/// A parsed hash route.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Route {
    /// The page: a lesson slug, `glossary`, `engine`, or empty for the home page.
    pub slug: String,
    /// The page's parameters, in order.
    pub query: Query,
}

/// Ordered `key=value` parameters; keys are unique (a later duplicate replaces the earlier).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query(Vec<(String, String)>);

impl Query {
    /// The value of `key`, if present.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// Sets `key` to `value`, keeping its position if it was present.
    pub fn set(&mut self, key: &str, value: impl Into<String>) {
        let value = value.into();
        match self.0.iter_mut().find(|(k, _)| k == key) {
            Some(entry) => entry.1 = value,
            None => self.0.push((key.to_string(), value)),
        }
    }

    /// Removes `key`.
    pub fn remove(&mut self, key: &str) {
        self.0.retain(|(k, _)| k != key);
    }

    /// Whether there are no parameters.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The parameters in order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// Parses `a=1&b=2` (percent-decoding keys and values; `+` is a space).
    pub fn parse(s: &str) -> Query {
        let mut q = Query::default();
        for pair in s.split('&').filter(|p| !p.is_empty()) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            q.set(&decode(k), decode(v));
        }
        q
    }
}

impl fmt::Display for Query {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, (k, v)) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("&")?;
            }
            write!(f, "{}={}", encode(k), encode(v))?;
        }
        Ok(())
    }
}

impl Route {
    /// A route to `slug` with no parameters.
    pub fn to(slug: &str) -> Route {
        Route {
            slug: slug.to_string(),
            query: Query::default(),
        }
    }

    /// Parses `location.hash`: `#/slug?query`, tolerating a missing `#`, `/` or trailing `/`.
    pub fn parse(hash: &str) -> Route {
        let s = hash.strip_prefix('#').unwrap_or(hash);
        let s = s.strip_prefix('/').unwrap_or(s);
        let (path, query) = s.split_once('?').unwrap_or((s, ""));
        Route {
            slug: decode(path.trim_end_matches('/')),
            query: Query::parse(query),
        }
    }

    /// The hash for this route, `#/slug?query`.
    pub fn to_hash(&self) -> String {
        if self.query.is_empty() {
            format!("#/{}", encode(&self.slug))
        } else {
            format!("#/{}?{}", encode(&self.slug), self.query)
        }
    }
}

/// Characters kept as they are in the hash: unreserved ones plus those our values use
/// (`,` between numbers, `:` in mixtures), so links stay readable.
fn keep(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"-._~,:".contains(&b)
}

fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if keep(b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                match std::str::from_utf8(&bytes[i + 1..i + 3]).map(|h| u8::from_str_radix(h, 16)) {
                    Ok(Ok(b)) => {
                        out.push(b);
                        i += 3;
                    }
                    _ => {
                        out.push(b'%');
                        i += 1;
                    }
                }
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_slug_and_query() {
        let r = Route::parse("#/entropy?p=0.2,0.3,0.5&unit=bits&step=2");
        assert_eq!(r.slug, "entropy");
        assert_eq!(r.query.get("p"), Some("0.2,0.3,0.5"));
        assert_eq!(r.query.get("unit"), Some("bits"));
        assert_eq!(r.query.get("step"), Some("2"));
        assert_eq!(r.query.get("lang"), None);
    }

    #[test]
    fn tolerates_missing_parts() {
        assert_eq!(Route::parse(""), Route::default());
        assert_eq!(Route::parse("#"), Route::default());
        assert_eq!(Route::parse("#/"), Route::default());
        assert_eq!(Route::parse("#entropy/").slug, "entropy");
        assert_eq!(Route::parse("#/entropy?").query, Query::default());
    }

    #[test]
    fn round_trips_and_decodes() {
        let r = Route::parse("#/entropy?p=0.1%2C0.9&note=a+b%20c&bad=%zz%");
        assert_eq!(r.query.get("p"), Some("0.1,0.9"));
        assert_eq!(r.query.get("note"), Some("a b c"));
        assert_eq!(r.query.get("bad"), Some("%zz%"));
        let again = Route::parse(&r.to_hash());
        assert_eq!(again, r);
        assert_eq!(
            Route::parse("#/entropy?p=0.2,0.8").to_hash(),
            "#/entropy?p=0.2,0.8"
        );
    }

    #[test]
    fn set_keeps_order_and_replaces() {
        let mut q = Query::parse("a=1&b=2&a=3");
        assert_eq!(q.to_string(), "a=3&b=2");
        q.set("b", "x y");
        q.set("c", "4");
        q.remove("a");
        assert_eq!(q.to_string(), "b=x%20y&c=4");
    }
}
