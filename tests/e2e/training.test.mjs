// Training in the worker, as a user drives it: the benchmark page fills its readouts only when
// the timing is over; the live panel trains, pauses, steps, resets and takes a new learning rate
// mid-run on flex and ndarray; a step limit stops a run; WebGPU (Chromium's software adapter)
// gives the CPU's losses; without WebGPU the run falls back to flex with a notice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, open, readout, waitReadout, screenshot, noErrors, frames, waitFor } from './helpers.mjs';

const value = (page, name) => page.getAttribute(`[data-testid="${name}"]`, 'data-value');

async function withPage(options, body) {
  const browser = await launch(options);
  try {
    const page = await newPage(browser);
    page.browser = browser;
    await body(page);
    noErrors(page);
  } finally {
    await browser.close();
  }
}

async function bench(page, query) {
  await open(page, `bench?${query}`);
  assert.equal(await value(page, 'steps-per-sec'), '', 'empty until the timing is over');
  const rate = await waitReadout(page, 'steps-per-sec', (v) => v > 0, 180000);
  const figures = { rate, seconds: await readout(page, 'bench-seconds'), memory: [await readout(page, 'memory-start'), await readout(page, 'memory-end')] };
  console.log(`bench ${query}: ${JSON.stringify(figures)} on ${await value(page, 'backend')}`);
  return rate;
}

test('the benchmark page times GAN and VAE steps on flex and ndarray', async () => {
  await withPage({}, async (page) => {
    await bench(page, 'model=gan&backend=flex&steps=400');
    assert.equal(await value(page, 'backend'), 'flex');
    assert.equal(await value(page, 'bench-status'), 'done');
    await bench(page, 'model=vae&backend=ndarray&steps=100');
    assert.equal(await value(page, 'backend'), 'ndarray');
    await screenshot(page, 'bench');
    // A bad link: notices, defaults, and still a result.
    await open(page, 'bench?model=cnn&steps=-4');
    assert.equal(await page.locator('.notice').count() >= 2, true);
    await waitReadout(page, 'steps-per-sec', (v) => v > 0, 180000);
  });
});

async function live(page, backend) {
  await open(page, `engine?train=gan-2d&backend=${backend}`);
  await waitReadout(page, 'iteration', (v) => v >= 200, 60000);
  assert.equal(await value(page, 'train-backend'), backend);
  assert.equal(await value(page, 'train-status'), 'running');
  assert.ok(Number.isFinite(await readout(page, 'loss-d')) && Number.isFinite(await readout(page, 'loss-g')));
  await waitReadout(page, 'fps', (v) => v > 0, 10000);
  await waitReadout(page, 'steps-per-sec', (v) => v > 0, 10000);
  // The worker reports its wasm memory with each snapshot (a few MB for these models).
  await waitReadout(page, 'worker-memory', (v) => v > 1 && v < 64, 10000);

  await page.click('[data-testid="train-pause"]');
  await page.waitForSelector('[data-testid="train-status"][data-value="paused"]');
  // The status and the iteration come with the same snapshot: this is where the run stopped.
  const paused = await readout(page, 'iteration');
  // 24 frames later (each asks the worker for a snapshot; about 0.4 s) it has not moved.
  await frames(page, 24);
  assert.equal(await readout(page, 'iteration'), paused, 'a paused run does not train');
  await page.click('[data-testid="train-step"]');
  await waitReadout(page, 'iteration', (v) => v === paused + 1);
  // A D step, then a G step: each reports its losses (so the readouts change) and neither
  // counts as an iteration.
  for (const part of ['d', 'g']) {
    const losses = [await readout(page, 'loss-d'), await readout(page, 'loss-g')];
    await page.click(`[data-testid="train-step-${part}"]`);
    await waitFor(async () => {
      const now = [await readout(page, 'loss-d'), await readout(page, 'loss-g')];
      return now.some((v, i) => !Object.is(v, losses[i]));
    }, { message: `the ${part.toUpperCase()} step's losses never came` });
    assert.equal(await readout(page, 'iteration'), paused + 1, 'D and G steps are parts of an iteration');
  }
  await page.click('[data-testid="train-reset"]');
  await waitReadout(page, 'iteration', (v) => v === 0);
  assert.equal(await value(page, 'train-status'), 'paused', 'reset keeps a paused run paused');

  await page.click('[data-testid="train-pause"]'); // resume
  await waitReadout(page, 'iteration', (v) => v >= 100, 30000);
  await page.fill('[data-testid="train-lr"]', '0.05');
  await page.press('[data-testid="train-lr"]', 'Enter');
  const before = await readout(page, 'iteration');
  await waitReadout(page, 'iteration', (v) => v > before + 50, 30000);
  // A learning rate out of range is refused with a message; the run goes on.
  await page.fill('[data-testid="train-lr"]', '-1');
  await page.press('[data-testid="train-lr"]', 'Enter');
  await page.waitForSelector('[data-testid="train-refused"]');
  assert.equal(await value(page, 'train-status'), 'running');
  await screenshot(page, `train-${backend}`);
}

test('a GAN trains live on flex: pause, single steps, reset, a new learning rate', async () => {
  await withPage({}, (page) => live(page, 'flex'));
});

test('a GAN trains live on ndarray, and a step limit stops a run exactly', async () => {
  await withPage({}, async (page) => {
    await live(page, 'ndarray');
    // Changing the link starts the run it names.
    await open(page, 'engine?train=vae&backend=ndarray&steps=50');
    await page.waitForSelector('[data-testid="train-status"][data-value="done"]', { timeout: 60000 });
    assert.equal(await readout(page, 'iteration'), 50);
    assert.ok(Number.isFinite(await readout(page, 'elbo')));
    // The VAE's learning rate ends at 1 (the worker's limit too): 5 is refused, and said so.
    await page.fill('[data-testid="train-lr"]', '5');
    await page.press('[data-testid="train-lr"]', 'Enter');
    await page.waitForSelector('[data-testid="train-refused"]');
    assert.match(await page.textContent('[data-testid="train-refused"]'), /0[.,]000001 \S+ 1;/);
  });
});

async function limited(first, backend) {
  const page = await newPage(first.browser); // a fresh page: nothing left of a previous run
  await open(page, `engine?train=gan-1d&backend=${backend}&steps=20`);
  await page.waitForSelector('[data-testid="train-status"][data-value="done"]', { timeout: 300000 });
  assert.equal(await readout(page, 'iteration'), 20);
  return {
    backend: await value(page, 'train-backend'),
    d: await readout(page, 'loss-d'),
    g: await readout(page, 'loss-g'),
    fallback: await page.isVisible('[data-testid="train-fallback"]'),
    page,
  };
}

test('WebGPU on the software adapter gives the CPU losses of the same seeded run', async () => {
  await withPage({ webgpu: true }, async (page) => {
    const gpu = await limited(page, 'webgpu');
    const cpu = await limited(page, 'flex');
    noErrors(gpu.page);
    noErrors(cpu.page);
    delete gpu.page;
    delete cpu.page;
    console.log(`20 iterations of the 1-D GAN: webgpu ${JSON.stringify(gpu)}, flex ${JSON.stringify(cpu)}`);
    assert.equal(cpu.backend, 'flex');
    assert.equal(gpu.backend, 'webgpu');
    assert.equal(gpu.fallback, false);
    assert.ok(Math.abs(gpu.d - cpu.d) <= 1e-3 * Math.max(1, Math.abs(cpu.d)), `D loss ${gpu.d} vs ${cpu.d}`);
    assert.ok(Math.abs(gpu.g - cpu.g) <= 1e-3 * Math.max(1, Math.abs(cpu.g)), `G loss ${gpu.g} vs ${cpu.g}`);
    await bench(page, 'model=gan&backend=webgpu&steps=20');
    assert.equal(await value(page, 'backend'), 'webgpu');
  });
});

test('without WebGPU a WebGPU run trains on flex and says so', async () => {
  await withPage({ webgpu: false }, async (page) => {
    const r = await limited(page, 'webgpu');
    assert.equal(r.backend, 'flex');
    assert.ok(r.fallback, 'the fallback notice is shown');
    await screenshot(r.page, 'train-fallback');
    noErrors(r.page);
    await bench(page, 'model=gan&backend=webgpu&steps=50');
    assert.equal(await value(page, 'backend'), 'flex');
    assert.ok(await page.isVisible('[data-testid="webgpu-fallback"]'));
  });
});
