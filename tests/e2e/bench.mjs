// Browser training speed, printed as figures (not a test): opens `#/bench` in headless
// Chromium for each model and backend and prints one JSON line per run. `cargo xtask bench`
// runs it on the served release dist/ after the native figures.
import { launch, newPage, open, readout, waitReadout } from './helpers.mjs';

const STEPS = { gan: Number(process.env.GAN_STEPS ?? 3000), vae: Number(process.env.VAE_STEPS ?? 1500) };
const backends = (process.env.BACKENDS ?? 'flex,ndarray').split(',');

const browser = await launch({ webgpu: backends.includes('webgpu') });
try {
  const page = await newPage(browser);
  for (const backend of backends) {
    for (const model of ['gan', 'vae']) {
      const steps = backend === 'webgpu' ? 50 : STEPS[model];
      await open(page, `bench?model=${model}&backend=${backend}&steps=${steps}`);
      const rate = await waitReadout(page, 'steps-per-sec', (v) => v > 0, 600000);
      const used = await page.getAttribute('[data-testid="backend"]', 'data-value');
      const memory = [await readout(page, 'memory-start'), await readout(page, 'memory-end')];
      console.log(JSON.stringify({ where: 'chromium', backend: used, model, steps, steps_per_s: Math.round(rate * 10) / 10, wasm_memory_mb: memory }));
    }
  }
  if (page.errors.length) console.error(`console errors: ${page.errors.join('\n')}`);
} finally {
  await browser.close();
}
