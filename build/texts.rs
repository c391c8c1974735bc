//! A page's words, `text.toml` beside its `text.rs`, compiled into Rust constants that the
//! `text.rs` includes: `src/lessons/gibbs/text.toml` becomes
//! `include!(concat!(env!("OUT_DIR"), "/words/lessons/gibbs/text.rs"))`.
//!
//! Each table of the file is one constant, named as the table:
//!
//! ```toml
//! [TITLE]                      # a Text: `pub const TITLE: Text`
//! doc = 'Title.'               # optional: the constant's doc comment
//! en = '''Gibbs' inequality'''
//! ru = 'Неравенство Гиббса'
//!
//! [WHY]                        # a Step (words, then a display formula): `pub static`
//! kind = "step"
//! en = '…'
//! ru = '…'
//! tex = '\log x \le x - 1'     # optional
//!
//! [STEPS]                      # a list: kind = "texts" ([Text; N]), "steps" ([Step; N]) or
//! kind = "steps"               # "keyed" ([(&str, Text); N], each item with its `key`)
//! [[STEPS.items]]
//! en = '…'
//! ru = '…'
//! ```
//!
//! Write the words in literal strings ('…', or '''…''' when they hold an apostrophe): they keep
//! LaTeX's backslashes as written. In a "…" string `\f`, `\b`, `\t`, `\n` and `\r` are escapes,
//! so `"\frac"` would lose its `\f`; a control character in the words therefore stops the build.
//! So does any other mistake (an unknown field, a missing language, a `tex` outside a step, a
//! table name that is no Rust constant name), naming the file and the table.

use std::path::Path;

/// What one table compiles to.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Text,
    Step,
    Texts,
    Steps,
    Keyed,
}

impl Kind {
    fn parse(name: Option<&str>) -> Option<Kind> {
        Some(match name {
            None | Some("text") => Kind::Text,
            Some("step") => Kind::Step,
            Some("texts") => Kind::Texts,
            Some("steps") => Kind::Steps,
            Some("keyed") => Kind::Keyed,
            Some(_) => return None,
        })
    }
}

const TEXT: &str = "crate::i18n::Text";
const STEP: &str = "crate::components::Step";

/// One item: its words and, by its kind, a formula or a key.
struct Item<'a> {
    en: &'a str,
    ru: &'a str,
    tex: Option<&'a str>,
    key: Option<&'a str>,
}

fn field<'a>(t: &'a toml::Table, name: &str, at: &str) -> Result<Option<&'a str>, String> {
    match t.get(name) {
        None => Ok(None),
        Some(toml::Value::String(s)) if name != "doc" && s.chars().any(char::is_control) => {
            Err(format!(
                "{at}: `{name}` holds a control character: write LaTeX in '…' strings, where \\f stays \\f"
            ))
        }
        Some(toml::Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(format!("{at}: `{name}` is not a string")),
    }
}

fn item<'a>(t: &'a toml::Table, kind: Kind, at: &str, extra: &[&str]) -> Result<Item<'a>, String> {
    let allowed: &[&str] = match kind {
        Kind::Text | Kind::Texts => &["en", "ru"],
        Kind::Step | Kind::Steps => &["en", "ru", "tex"],
        Kind::Keyed => &["en", "ru", "key"],
    };
    let allowed: Vec<&str> = allowed.iter().chain(extra).copied().collect();
    if let Some(k) = t.keys().find(|k| !allowed.contains(&k.as_str())) {
        let hint = match k.as_str() {
            "items" => " (a list needs kind = \"texts\", \"steps\" or \"keyed\")",
            "tex" => " (a formula needs kind = \"step\" or \"steps\")",
            _ => "",
        };
        return Err(format!(
            "{at}: unknown field `{k}`; this kind takes {allowed:?}{hint}"
        ));
    }
    let need = |name| field(t, name, at)?.ok_or(format!("{at}: no `{name}`"));
    Ok(Item {
        en: need("en")?,
        ru: need("ru")?,
        tex: field(t, "tex", at)?,
        key: if kind == Kind::Keyed {
            Some(need("key")?)
        } else {
            None
        },
    })
}

fn text_expr(i: &Item) -> String {
    format!("{TEXT}::new({:?}, {:?})", i.en, i.ru)
}

fn rust(i: &Item, kind: Kind) -> String {
    match kind {
        Kind::Text | Kind::Texts => text_expr(i),
        Kind::Step | Kind::Steps => format!(
            "{STEP} {{ text: {}, tex: {} }}",
            text_expr(i),
            i.tex.map_or("None".to_string(), |t| format!("Some({t:?})"))
        ),
        Kind::Keyed => format!("({:?}, {})", i.key.unwrap_or_default(), text_expr(i)),
    }
}

/// Compiles one `text.toml`; `found` is called with each string's (text, is a display formula).
pub fn compile(path: &Path, found: &mut dyn FnMut(&str, bool)) -> Result<String, String> {
    let at = path.display().to_string();
    let source = std::fs::read_to_string(path).map_err(|e| format!("{at}: {e}"))?;
    let table: toml::Table = source.parse().map_err(|e| format!("{at}: {e}"))?;
    let mut out = format!("// Compiled by build.rs from {at}.\n");
    for (name, value) in &table {
        let at = format!("{at} [{name}]");
        let mut chars = name.chars();
        if !(chars.next().is_some_and(|c| c.is_ascii_uppercase())
            && chars.all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_'))
        {
            return Err(format!(
                "{at}: a table's name is its constant's: A–Z, 0–9 and _"
            ));
        }
        let toml::Value::Table(t) = value else {
            return Err(format!("{at}: not a table"));
        };
        let kind = Kind::parse(field(t, "kind", &at)?)
            .ok_or(format!("{at}: `kind` is none of step, texts, steps, keyed"))?;
        let items: Vec<Item> = match kind {
            Kind::Text | Kind::Step => vec![item(t, kind, &at, &["doc", "kind"])?],
            _ => {
                if let Some(k) = t
                    .keys()
                    .find(|k| !["doc", "kind", "items"].contains(&k.as_str()))
                {
                    return Err(format!("{at}: unknown field `{k}` of a list"));
                }
                let Some(toml::Value::Array(list)) = t.get("items") else {
                    return Err(format!("{at}: a list needs its [[{name}.items]]"));
                };
                list.iter()
                    .enumerate()
                    .map(|(n, v)| match v {
                        toml::Value::Table(t) => {
                            item(t, kind, &format!("{at} item {}", n + 1), &[])
                        }
                        _ => Err(format!("{at}: item {} is not a table", n + 1)),
                    })
                    .collect::<Result<_, _>>()?
            }
        };
        for i in &items {
            found(i.en, false);
            found(i.ru, false);
            if let Some(tex) = i.tex {
                found(tex, true);
            }
        }
        if let Some(doc) = field(t, "doc", &at)? {
            for line in doc.lines() {
                out.push_str(&format!("#[doc = {:?}]\n", format!(" {line}")));
            }
        }
        let n = items.len();
        let (item_kind, ty) = match kind {
            Kind::Text => (kind, format!("const {name}: {TEXT}")),
            Kind::Step => (kind, format!("static {name}: {STEP}")),
            Kind::Texts => (kind, format!("const {name}: [{TEXT}; {n}]")),
            Kind::Steps => (kind, format!("static {name}: [{STEP}; {n}]")),
            Kind::Keyed => (kind, format!("const {name}: [(&str, {TEXT}); {n}]")),
        };
        let body: Vec<String> = items.iter().map(|i| rust(i, item_kind)).collect();
        let value = match kind {
            Kind::Text | Kind::Step => body.join(""),
            _ => format!("[\n    {},\n]", body.join(",\n    ")),
        };
        out.push_str(&format!("pub {ty} = {value};\n"));
    }
    Ok(out)
}
