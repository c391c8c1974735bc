//! `build/texts.rs`, which compiles each page's `text.toml` into Rust constants: what each kind
//! becomes, and that a mistake stops the build with the file and the table named.

#[path = "../build/texts.rs"]
mod texts;

use std::path::PathBuf;

/// Compiles `toml` (written to a scratch file); the strings found and the Rust, or the error.
fn compile(name: &str, toml: &str) -> Result<(String, Vec<(String, bool)>), String> {
    let dir = std::env::temp_dir().join(format!("genlab-words-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let path: PathBuf = dir.join(format!("{name}.toml"));
    std::fs::write(&path, toml).unwrap_or_else(|e| panic!("{e}"));
    let mut found = Vec::new();
    let rust = texts::compile(&path, &mut |s, display| {
        found.push((s.to_string(), display))
    })?;
    Ok((rust, found))
}

#[test]
fn each_kind_becomes_its_constant() {
    let (rust, found) = compile(
        "kinds",
        r#"
[TITLE]
doc = 'Title.'
en = '''Gibbs' inequality'''
ru = 'Неравенство Гиббса'

[WHY]
kind = "step"
en = 'Since $\log x \le x - 1$,'
ru = 'Так как $\log x \le x - 1$,'
tex = '\frac{q}{p}'

[NAMES]
kind = "keyed"
[[NAMES.items]]
key = "two-moons"
en = 'two moons'
ru = 'два полумесяца'
"#,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert!(rust.contains("#[doc = \" Title.\"]"), "{rust}");
    assert!(rust.contains(
        r#"pub const TITLE: crate::i18n::Text = crate::i18n::Text::new("Gibbs' inequality", "Неравенство Гиббса");"#
    ), "{rust}");
    assert!(rust.contains(r#"pub static WHY: crate::components::Step = crate::components::Step { text: crate::i18n::Text::new("Since $\\log x \\le x - 1$,", "#), "{rust}");
    assert!(rust.contains(r#"tex: Some("\\frac{q}{p}") };"#), "{rust}");
    assert!(
        rust.contains(r#"pub const NAMES: [(&str, crate::i18n::Text); 1] = ["#),
        "{rust}"
    );
    assert!(
        rust.contains(r#"("two-moons", crate::i18n::Text::new("two moons", "два полумесяца"))"#),
        "{rust}"
    );
    // Every string is handed to the formula renderer; a step's `tex` as a display formula.
    assert!(found.contains(&("\\frac{q}{p}".to_string(), true)));
    assert!(found.contains(&("Since $\\log x \\le x - 1$,".to_string(), false)));
}

#[test]
fn a_mistake_names_the_file_and_the_table() {
    let err = |toml: &str| compile("bad", toml).err().unwrap_or_default();
    // "\f" in a basic string is a form feed: LaTeX's \frac would silently lose its \f.
    let e = err("[A]\nen = \"$\\frac12$\"\nru = 'x'\n");
    assert!(
        e.contains("bad.toml [A]") && e.contains("control character"),
        "{e}"
    );
    let e = err("[A]\nen = 'x'\nru = 'y'\ntex = 'z'\n");
    assert!(
        e.contains("unknown field `tex`") && e.contains("kind = \"step\""),
        "{e}"
    );
    let e = err("[L]\n[[L.items]]\nen = 'x'\nru = 'y'\n");
    assert!(
        e.contains("unknown field `items`") && e.contains("kind = \"texts\""),
        "{e}"
    );
    let e = err("[A]\nen = 'x'\n");
    assert!(e.contains("[A]: no `ru`"), "{e}");
    let e = err("[my-title]\nen = 'x'\nru = 'y'\n");
    assert!(e.contains("constant's"), "{e}");
    let e = err("[A]\nkind = \"texts\"\n");
    assert!(e.contains("items"), "{e}");
    assert!(compile("ok", "[A]\nkind = \"text\"\nen = 'x'\nru = 'y'\n").is_ok());
}
