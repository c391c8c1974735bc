// The training worker: its own wasm with burn, started by the engine page, answers a ping
// computed with burn tensors; without WebGPU it falls back to the CPU and says so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, open, readout, waitReadout, screenshot, noErrors } from './helpers.mjs';

async function ping({ webgpu }) {
  const browser = await launch({ webgpu });
  try {
    const page = await newPage(browser);
    await open(page, 'engine');
    await waitReadout(page, 'ping-flex', (v) => v === 30, 60000);
    await waitReadout(page, 'ping-webgpu', (v) => v === 30, 120000);
    const status = await page.getAttribute('[data-testid="worker-status"]', 'data-value');
    const backend = await page.getAttribute('[data-testid="webgpu-backend"]', 'data-value');
    const fallback = await page.isVisible('[data-testid="webgpu-fallback"]');
    await screenshot(page, `engine-${webgpu ? 'webgpu' : 'no-webgpu'}`);
    // Figures for people (a benchmark line, not an assertion on time).
    const figures = {};
    for (const name of ['worker-start-ms', 'ping-flex-ms', 'ping-webgpu-ms']) figures[name] = await readout(page, name);
    console.log(`engine timings (${webgpu ? 'WebGPU adapter' : 'no WebGPU'}): ${JSON.stringify(figures)}`);
    noErrors(page);
    return { status, backend, fallback };
  } finally {
    await browser.close();
  }
}

test('the worker answers its ping on CPU flex, and falls back with a notice without WebGPU', async () => {
  const r = await ping({ webgpu: false });
  assert.equal(r.status, 'ready');
  assert.equal(r.backend, 'flex');
  assert.ok(r.fallback, 'the fallback notice is shown');
});

test('with a WebGPU adapter the worker computes the ping on WebGPU', async () => {
  const r = await ping({ webgpu: true });
  assert.equal(r.status, 'ready');
  assert.equal(r.backend, 'webgpu');
  assert.equal(r.fallback, false);
});
