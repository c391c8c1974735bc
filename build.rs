//! Renders every formula in `src/` to MathML (see `src/latex/mod.rs`): inline `$…$` in any
//! string literal (macro bodies included, doc comments not) and display formulas in
//! `tex: Some("…")` fields. Writes `$OUT_DIR/mathml.rs`, `(key, mathml)` sorted by [`split::key`], and beside it
//! `mathml_sources.rs`, the `(tex, display)` of each entry in the same order (native tests).
//!
//! It also compiles each page's words, `src/**/text.toml`, into `$OUT_DIR/words/**/text.rs`
//! (see `build/texts.rs`), and renders their formulas with the others.

#[path = "src/latex/render.rs"]
#[allow(dead_code)]
mod render;
#[path = "src/latex/split.rs"]
#[allow(dead_code)]
mod split;
#[path = "build/texts.rs"]
mod texts;

use std::collections::BTreeMap;
use std::path::Path;

use proc_macro2::{TokenStream, TokenTree};
use syn::visit::Visit;

#[derive(Default)]
struct Formulas {
    /// (tex, display) → MathML, or the LaTeX error.
    found: BTreeMap<(String, bool), Result<String, String>>,
}

impl Formulas {
    fn add(&mut self, tex: &str, display: bool) {
        self.found
            .entry((tex.to_string(), display))
            .or_insert_with(|| render::to_mathml(tex, display));
    }

    fn literal(&mut self, text: &str) {
        for seg in split::segments(text) {
            if let split::Segment::Math(tex) = seg {
                self.add(tex, false);
            }
        }
    }

    fn tokens(&mut self, tokens: TokenStream) {
        for tt in tokens {
            match tt {
                TokenTree::Group(g) => self.tokens(g.stream()),
                TokenTree::Literal(l) => {
                    if let Ok(s) = syn::parse_str::<syn::LitStr>(&l.to_string()) {
                        self.literal(&s.value());
                    }
                }
                _ => {}
            }
        }
    }
}

impl<'ast> Visit<'ast> for Formulas {
    fn visit_attribute(&mut self, _: &'ast syn::Attribute) {}
    fn visit_lit_str(&mut self, s: &'ast syn::LitStr) {
        self.literal(&s.value());
    }
    fn visit_macro(&mut self, m: &'ast syn::Macro) {
        self.tokens(m.tokens.clone());
    }
    fn visit_field_value(&mut self, f: &'ast syn::FieldValue) {
        if let syn::Member::Named(name) = &f.member
            && name == "tex"
            && let syn::Expr::Call(call) = &f.expr
            && let [
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(s),
                    ..
                }),
            ] = call.args.iter().collect::<Vec<_>>().as_slice()
        {
            self.add(&s.value(), true);
        }
        syn::visit::visit_field_value(self, f);
    }
}

/// Reads every `.rs` file below `dir` for formulas, and compiles every `text.toml` into
/// `out_dir` (its path below `src/` kept).
fn scan(dir: &Path, out: &mut Formulas, out_dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            scan(&path, out, out_dir);
        } else if path.file_name().is_some_and(|n| n == "text.toml") {
            let mut found = |s: &str, display: bool| {
                if display {
                    out.add(s, true)
                } else {
                    out.literal(s)
                }
            };
            let rust = texts::compile(&path, &mut found).unwrap_or_else(|e| panic!("{e}"));
            let target = out_dir
                .join("words")
                .join(path.strip_prefix("src").unwrap_or(&path))
                .with_extension("rs");
            if let Some(parent) = target.parent()
                && let Err(e) = std::fs::create_dir_all(parent)
            {
                panic!("cannot create {}: {e}", parent.display());
            }
            if let Err(e) = std::fs::write(&target, rust) {
                panic!("cannot write {}: {e}", target.display());
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            let source = std::fs::read_to_string(&path).unwrap_or_default();
            match syn::parse_file(&source) {
                Ok(file) => out.visit_file(&file),
                Err(e) => println!("cargo::warning={}: {e}", path.display()),
            }
        }
    }
}

fn main() {
    println!("cargo::rerun-if-changed=src");
    let Ok(dir) = std::env::var("OUT_DIR") else {
        panic!("OUT_DIR is not set: build.rs runs under cargo");
    };
    // Words of a page since removed must not stay behind to be included.
    let _ = std::fs::remove_dir_all(Path::new(&dir).join("words"));
    let mut formulas = Formulas::default();
    scan(Path::new("src"), &mut formulas, Path::new(&dir));
    // A LaTeX error is left out: the page shows the source and the formula tests fail.
    let mut keyed: Vec<(u64, &str, bool, &str)> = formulas
        .found
        .iter()
        .filter_map(|((tex, display), html)| {
            let html = html.as_ref().ok()?;
            Some((
                split::key(tex, *display),
                tex.as_str(),
                *display,
                html.as_str(),
            ))
        })
        .collect();
    keyed.sort_unstable_by_key(|e| e.0);
    if let Some(w) = keyed.windows(2).find(|w| w[0].0 == w[1].0) {
        panic!("formula keys collide: `{}` and `{}`", w[0].1, w[1].1);
    }
    let mut table = String::from("&[\n");
    let mut sources = String::from("&[\n");
    for (key, tex, display, html) in &keyed {
        table.push_str(&format!("    ({key:#x}, {html:?}),\n"));
        sources.push_str(&format!("    ({tex:?}, {display}),\n"));
    }
    table.push(']');
    sources.push(']');
    for (name, text) in [("mathml.rs", table), ("mathml_sources.rs", sources)] {
        let out = Path::new(&dir).join(name);
        if let Err(e) = std::fs::write(&out, text) {
            panic!("cannot write {}: {e}", out.display());
        }
    }
}
