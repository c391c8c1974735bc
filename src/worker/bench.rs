//! The benchmark page's timing: a fixed model trained for a given number of steps after a
//! warm-up, in the worker, so the figure is the training's and not the compiler's.

use web_time::Instant;

use crate::data::Shape2d;
use crate::protocol::{Backend, BenchModel, FromWorker, ModelSpec, RunSpec};
use crate::spec::{DataSource, GanConfig, VaeConfig};
use crate::train::run::Run;

use super::device::{autodiff_device_for, wasm_memory_bytes};

/// How long a benchmark warms up at least.
const WARMUP: std::time::Duration = std::time::Duration::from_secs(3);

/// Times `steps` steps of a benchmark model after a warm-up of a tenth as many (at least 20)
/// lasting at least [`WARMUP`].
pub(super) async fn bench(id: u32, model: BenchModel, backend: Backend, steps: u32) -> FromWorker {
    let (device, used, fallback) = autodiff_device_for(backend).await;
    let spec = RunSpec {
        model: match model {
            BenchModel::Gan => ModelSpec::Gan(GanConfig::gan_lab(1)),
            BenchModel::Vae => ModelSpec::Vae(VaeConfig::reference(1)),
        },
        data: DataSource::Shape(Shape2d::EightGaussians),
        backend: used,
        steps: None,
        paused: false,
    };
    let mut run = match Run::new(spec, device) {
        Ok(run) => run,
        Err(problem) => {
            return FromWorker::Refused {
                id: Some(id),
                problem,
            };
        }
    };
    // Warm up for at least a tenth of the steps (20 or more) and at least WARMUP: V8 runs
    // fresh wasm in its baseline compiler and moves hot functions to its optimising one only
    // after they have run a while, and timing before that measures the compiler, not the
    // training (3 000 GAN iterations timed after 300 read ~1 500 it/s; after 3 s, ~2 400).
    let warmup_start = Instant::now();
    let mut warmed = 0u64;
    let least = u64::from((steps / 10).max(20));
    while warmed < least || warmup_start.elapsed() < WARMUP {
        let chunk = if warmed < least { least - warmed } else { 50 };
        run.train(chunk);
        warmed += chunk;
        if let Err(err) = run.flush().await {
            return FromWorker::Error {
                id: Some(id),
                message: err.to_string(),
            };
        }
    }
    let memory_before = wasm_memory_bytes();
    let start = Instant::now();
    run.train(u64::from(steps));
    // Reading the last losses waits for any queued GPU work.
    if let Err(err) = run.flush().await {
        return FromWorker::Error {
            id: Some(id),
            message: err.to_string(),
        };
    }
    let seconds = start.elapsed().as_secs_f64();
    FromWorker::Bench {
        id,
        backend: used,
        fallback,
        steps,
        seconds,
        memory: [memory_before, wasm_memory_bytes()],
    }
}
