// Dragging the density plot's handles: a component's filled dot moves its mean, the ring at
// μ + σ sets its spread; the finished drag lands in the URL and every readout follows.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, open, screenshot, noErrors, waitReadout, waitParam } from './helpers.mjs';
import { parseMixture, vLinear, cOfG } from './gan_ref.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

/**
 * Page coordinates of data point (x, y) on the density plot, from the chart layout of
 * plot/lines.rs (margin 10, y labels 52, x labels 36 CSS px) and the plot's ranges.
 */
async function toPage(page, { x, y }, { lo, hi, ymax }) {
  const canvas = page.locator('[data-testid="plot-densities"]');
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  const left = box.x + 62;
  const right = box.x + box.width - 10;
  const top = box.y + 10;
  const bottom = box.y + box.height - 46;
  return {
    px: left + ((x - lo) / (hi - lo)) * (right - left),
    py: bottom - (y / ymax) * (bottom - top),
  };
}

async function drag(page, from, dx, dy = 0) {
  await page.mouse.move(from.px, from.py);
  await page.mouse.down();
  for (let i = 1; i <= 8; i += 1) await page.mouse.move(from.px + (dx * i) / 8, from.py + (dy * i) / 8);
  await page.mouse.up();
}

test('dragging a handle moves the mean or the spread, writes the URL, and the readouts follow', async () => {
  const page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  await open(page, 'gan-objective?data=1:1:1&g=1:-1:1&d=1:0');
  await page.waitForSelector('[data-testid="plot-densities"]');
  // Both single Gaussians with σ = 1: range [−5, 5], peak 1/√(2π), y axis up to 1.12 × peak.
  const peak = 1 / Math.sqrt(2 * Math.PI);
  const frame = { lo: -5, hi: 5, ymax: peak * 1.12 };
  // p_data's peak handle at (1, peak): drag it to the right.
  const start = await toPage(page, { x: 1, y: peak }, frame);
  await drag(page, start, 90);
  const data = await waitParam(page, 'data', (d) => d && d !== '1:1:1', 'written by the drag', 5000);
  const moved = parseMixture(data);
  assert.equal(moved.length, 1);
  assert.ok(moved[0].mu > 1.5 && moved[0].mu < 3.5, `mean moved right: ${data}`);
  assert.equal(moved[0].sigma, 1, 'the spread stays');
  const g = parseMixture('1:-1:1');
  await waitReadout(page, 'v-d-g', (v) => Math.abs(v - vLinear(moved, g, 1, 0)) <= 1e-9);
  await waitReadout(page, 'v-dstar', (v) => Math.abs(v - cOfG(moved, g)) <= 1e-9);
  // The x range now covers the moved component (μ ± 3.5σ, at least [−5, 5]).
  const after = { ...frame, hi: Math.max(5, moved[0].mu + 3.5) };
  // p_g's spread ring at (−1 + 1, peak·e^{−½}): drag it right to widen p_g.
  const ring = await toPage(page, { x: 0, y: peak * Math.exp(-0.5) }, after);
  await drag(page, ring, 45);
  const gParam = await waitParam(page, 'g', (v) => v && v !== '1:-1:1', 'written by the ring drag', 5000);
  const wide = parseMixture(gParam);
  assert.equal(wide[0].mu, -1, 'the mean stays');
  assert.ok(wide[0].sigma > 1.2, `spread grew: ${gParam}`);
  await waitReadout(page, 'v-dstar', (v) => Math.abs(v - cOfG(moved, wide)) <= 1e-9);
  await screenshot(page, 'mixture-drag');
  noErrors(page);
});
