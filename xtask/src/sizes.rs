//! The size report of `dist/`: each file raw and gzipped, and the budget for what a lesson page
//! downloads before it is interactive (everything but the training worker): 500 KB gzipped.

use std::io::Write;
use std::path::Path;

use flate2::Compression;
use flate2::write::GzEncoder;

/// What a lesson page may download, gzipped.
const LESSON_BUDGET: u64 = 500 * 1000;

/// Sizes of the files in `dist/`.
pub struct Report {
    files: Vec<(String, u64, u64)>,
}

/// Sizes of every file in `dir`, raw and gzipped (level 9, as static hosts typically serve).
pub fn report(dir: &Path) -> Result<Report, String> {
    let mut files = Vec::new();
    collect(dir, dir, &mut files)?;
    files.sort();
    Ok(Report { files })
}

fn collect(base: &Path, dir: &Path, out: &mut Vec<(String, u64, u64)>) -> Result<(), String> {
    for entry in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            collect(base, &path, out)?;
        } else {
            let bytes = std::fs::read(&path).map_err(|e| e.to_string())?;
            let mut gz = GzEncoder::new(Vec::new(), Compression::best());
            gz.write_all(&bytes).map_err(|e| e.to_string())?;
            let zipped = gz.finish().map_err(|e| e.to_string())?.len() as u64;
            let name = path
                .strip_prefix(base)
                .unwrap_or(&path)
                .to_string_lossy()
                .into_owned();
            out.push((name, bytes.len() as u64, zipped));
        }
    }
    Ok(())
}

impl Report {
    /// Files a lesson page loads: everything except the worker's, the lab bundle's and the
    /// license texts.
    fn lesson_files(&self) -> impl Iterator<Item = &(String, u64, u64)> {
        self.files.iter().filter(|(n, _, _)| {
            !n.starts_with("worker") && !n.starts_with("labs") && !n.ends_with(".txt")
        })
    }

    fn sum<'a>(files: impl Iterator<Item = &'a (String, u64, u64)>) -> (u64, u64) {
        files.fold((0, 0), |(r, g), (_, a, b)| (r + a, g + b))
    }

    /// Prints the table.
    pub fn print(&self) {
        println!(
            "\n{:<48} {:>12} {:>12}",
            "dist/ file", "raw (KB)", "gzip (KB)"
        );
        for (name, raw, gz) in &self.files {
            println!(
                "{name:<48} {:>12.1} {:>12.1}",
                *raw as f64 / 1e3,
                *gz as f64 / 1e3
            );
        }
        let (raw, gz) = Self::sum(self.lesson_files());
        println!(
            "{:<48} {:>12.1} {:>12.1}",
            "lesson page total (no worker)",
            raw as f64 / 1e3,
            gz as f64 / 1e3
        );
        let (raw, gz) = Self::sum(self.files.iter().filter(|(n, _, _)| n.starts_with("labs")));
        println!(
            "{:<48} {:>12.1} {:>12.1}",
            "lab bundle (loaded by labs, engine, bench)",
            raw as f64 / 1e3,
            gz as f64 / 1e3
        );
        let (raw, gz) = Self::sum(
            self.files
                .iter()
                .filter(|(n, _, _)| n.starts_with("worker")),
        );
        println!(
            "{:<48} {:>12.1} {:>12.1}",
            "training worker total",
            raw as f64 / 1e3,
            gz as f64 / 1e3
        );
    }

    /// Fails when a lesson page would download more than the budget.
    pub fn check_budget(&self) -> Result<(), String> {
        let (_, gz) = Self::sum(self.lesson_files());
        if gz > LESSON_BUDGET {
            return Err(format!(
                "a lesson page downloads {:.1} KB gzipped, over the {} KB budget",
                gz as f64 / 1e3,
                LESSON_BUDGET / 1000
            ));
        }
        println!(
            "budget: a lesson page downloads {:.1} KB gzipped (≤ {} KB)",
            gz as f64 / 1e3,
            LESSON_BUDGET / 1000
        );
        Ok(())
    }
}
