//! The README's table of addresses is the parameter table (`src/params/pages/`) written out,
//! and the table agrees with the lessons it describes. After changing the table, rewrite the
//! README's copy with `GENLAB_WRITE_README=1 cargo test --all-features --test readme`.

use genlab::lessons::LESSONS;
use genlab::params::pages::ALL;
use genlab::params::table::{Kind, readme_table};

const BEGIN: &str = "<!-- params: generated from src/params/pages/ (tests/readme.rs) -->\n";
const END: &str = "<!-- /params -->";

#[test]
fn the_readme_table_is_the_parameter_table() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
    let readme = std::fs::read_to_string(path).unwrap_or_default();
    let (Some(start), Some(stop)) = (readme.find(BEGIN), readme.find(END)) else {
        panic!("README.md has no `{}` … `{END}` section", BEGIN.trim());
    };
    let written = &readme[start + BEGIN.len()..stop];
    let table = readme_table(ALL);
    if written != table && std::env::var_os("GENLAB_WRITE_README").is_some() {
        let new = format!(
            "{}{table}{}",
            &readme[..start + BEGIN.len()],
            &readme[stop..]
        );
        std::fs::write(path, new).unwrap_or_else(|e| panic!("README.md: {e}"));
        return;
    }
    assert!(
        written == table,
        "README.md's table of addresses differs from src/params/pages/; rewrite it with \
         `GENLAB_WRITE_README=1 cargo test --all-features --test readme`. Expected:\n{table}"
    );
}

#[test]
fn each_lessons_step_range_is_its_derivation() {
    for table in ALL {
        let Some(step) = table.get("step") else {
            continue;
        };
        for slug in table.slugs {
            let lesson = LESSONS.iter().find(|l| l.slug == *slug);
            let Some(lesson) = lesson else {
                panic!("{slug} is in the parameter table but not a registered lesson");
            };
            assert_eq!(
                step.kind,
                Kind::Int {
                    min: 1,
                    max: lesson.derivation.len() as u64
                },
                "{slug}: step range"
            );
        }
    }
}

#[test]
fn every_table_names_a_registered_page() {
    for table in ALL {
        for slug in table.slugs {
            let known =
                LESSONS.iter().any(|l| l.slug == *slug) || ["engine", "bench"].contains(slug);
            assert!(known, "{slug} is not a page");
        }
    }
}
