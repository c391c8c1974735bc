// Shared set-up for the browser tests: Debian's chromium through playwright-core (never a
// browser download), console-error capture, opening lessons and labs, readouts, screenshots,
// canvas pixels, and waits on the page's state (a polling `waitFor`, a run's status, readouts
// computed for a run's final iteration, animation frames) instead of fixed sleeps.
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const APP_URL = process.env.APP_URL ?? 'http://127.0.0.1:8080/';
const SHOTS = process.env.SCREENSHOT_DIR ?? '../../target/screenshots';
mkdirSync(SHOTS, { recursive: true });

const BASE_ARGS = [
  '--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

/** Launches headless chromium; `webgpu` adds the flag that gives it a software WebGPU adapter. */
export async function launch({ webgpu = false } = {}) {
  const args = webgpu ? [...BASE_ARGS, '--enable-unsafe-webgpu'] : [...BASE_ARGS, '--disable-gpu'];
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args });
}

/** A new page that records console errors and uncaught exceptions into `page.errors`. */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  page.on('pageerror', (e) => page.errors.push(String(e)));
  return page;
}

/** Opens `#/hash` on the served app and waits for the shell. */
export async function open(page, hash) {
  await page.goto(`${APP_URL}#/${hash}`);
  await page.waitForSelector('main#main', { timeout: 30000 });
}

/** `slug?query`, or `slug` when the query is empty. */
const route = (slug, query) => (query ? `${slug}?${query}` : slug);

/** Opens lesson `slug` with `query` and waits until the lesson itself is drawn. */
export async function openLesson(page, slug, query = '') {
  await open(page, route(slug, query));
  await page.waitForSelector(`[data-testid="lesson-${slug}"]`, { timeout: 30000 });
}

/** Opens lesson `slug` with `query` and no exercise progress kept from an earlier test. */
export async function openFresh(page, slug, query = '') {
  await open(page, route(slug, query));
  await page.evaluate(() => localStorage.clear());
  await openLesson(page, slug, query);
}

/** The run statuses of a lab: `train-status`, or `gan-status` and `vae-status` on GAN vs VAE. */
const RUN_STATUS = '[data-testid="train-status"], [data-testid="gan-status"], [data-testid="vae-status"]';

/**
 * Opens lab `slug` with `query` and waits until its lesson is drawn and (unless `ready` is false)
 * every run on it has left `idle`: the worker has started the run and sent its first snapshot,
 * so the controls answer and the readouts have values.
 */
export async function openLab(page, slug, query = '', { ready = true, timeout = 60000 } = {}) {
  await openLesson(page, slug, query);
  if (ready) await waitRuns(page, (s) => s !== 'idle', timeout);
}

/** Waits until every run status on the page (one, or GAN vs VAE's two) passes `ok`; returns them. */
export async function waitRuns(page, ok, timeout = 120000) {
  let seen = [];
  await waitFor(async () => {
    seen = await page.$$eval(RUN_STATUS, (es) => es.map((e) => e.getAttribute('data-value')));
    return seen.length > 0 && seen.every((s) => s && ok(s));
  }, { timeout, interval: 100, message: () => `run status stayed ${seen.join(', ') || 'absent'}` });
  return seen;
}

const pause = (ms) => new Promise((resolve) => { setTimeout(resolve, ms); });

/**
 * Polls `fn` (every `interval` ms) until it returns a truthy value, and returns that value;
 * after `timeout` ms fails with `message` (a string, or a function of the last value).
 */
export async function waitFor(fn, { timeout = 10000, interval = 50, message } = {}) {
  const start = Date.now();
  let last;
  for (;;) {
    last = await fn();
    if (last) return last;
    if (Date.now() - start > timeout) break;
    await pause(interval);
  }
  const why = typeof message === 'function' ? message(last) : message;
  assert.fail(`${why ?? 'waitFor: never true'} (after ${timeout} ms)`);
}

/** Waits for `n` animation frames of the page (what a page does per frame has then run `n` times). */
export async function frames(page, n = 2) {
  await page.evaluate((count) => new Promise((resolve) => {
    let left = count;
    const next = () => { if (--left <= 0) resolve(); else requestAnimationFrame(next); };
    requestAnimationFrame(next);
  }), n);
}

/** Reads a readout's `data-value` as a number (`inf`, `-inf` understood; NaN when empty). */
function number(raw) {
  if (raw === null || raw === '') return NaN; // no value yet
  if (raw === 'inf') return Infinity;
  if (raw === '-inf') return -Infinity;
  return Number(raw);
}

/** The exact value of a readout, as a number (`inf`, `-inf` understood). */
export async function readout(page, name) {
  return number(await page.getAttribute(`[data-testid="${name}"]`, 'data-value'));
}

/** Waits until a readout's exact value satisfies `ok`; returns it. */
export async function waitReadout(page, name, ok, timeout = 10000) {
  let last;
  await waitFor(async () => {
    last = await readout(page, name).catch(() => NaN);
    return ok(last);
  }, { timeout, message: () => `readout ${name} stayed at ${last}` });
  return last;
}

/**
 * Waits until the readouts `names`, derived from a run's snapshots, were computed for iteration
 * `at` (their `data-iteration`), and returns their values by name. `at` is a number, or the
 * test id of the readout whose value is the iteration (default `iteration`; a lab's iteration
 * readout follows every snapshot). Call it once the run is done or paused: then the derived
 * numbers are those of the final state, not of a snapshot before it.
 */
export async function settled(page, names, { at = 'iteration', timeout = 30000 } = {}) {
  let last;
  const found = await waitFor(async () => {
    last = await page.evaluate(([ids, target]) => {
      const attr = (id, a) => document.querySelector(`[data-testid="${id}"]`)?.getAttribute(a) ?? null;
      // The iteration readout's value may read `3000.0`; `data-iteration` reads `3000`.
      const raw = typeof target === 'number' ? String(target) : attr(target, 'data-value');
      const want = raw === null || raw === '' ? NaN : Number(raw);
      const rows = ids.map((id) => [id, attr(id, 'data-iteration'), attr(id, 'data-value')]);
      return { want, rows, ok: rows.every(([, it]) => it !== null && it !== '' && Number(it) === want) };
    }, [names, at]);
    return last.ok && last;
  }, {
    timeout,
    message: () => `readouts not computed for iteration ${last?.want}${typeof at === 'string' ? ` (${at})` : ''}: ${
      last?.rows.filter(([, it]) => Number(it) !== last.want).map(([id, it]) => `${id} at ${it}`).join(', ')}`,
  });
  return Object.fromEntries(found.rows.map(([id, , raw]) => [id, number(raw)]));
}

/**
 * Waits until every readout on the page that names the iteration it was computed for
 * (`data-iteration`) names `at`: after a run of `at` iterations is done, every number shown is
 * the final state's.
 */
export async function settledAll(page, at, timeout = 30000) {
  let behind = [];
  await waitFor(async () => {
    behind = await page.$$eval('[data-iteration]', (es, want) => es
      .filter((e) => Number(e.getAttribute('data-iteration')) !== want)
      .map((e) => `${e.dataset.testid} at ${e.getAttribute('data-iteration')}`), at);
    return behind.length === 0;
  }, { timeout, message: () => `readouts behind iteration ${at}: ${behind.join(', ')}` });
}

/** Waits until the hash's parameter `key` satisfies `ok(value)` (null when absent); returns it. */
export async function waitParam(page, key, ok, what = String(ok), timeout = 10000) {
  let last;
  await waitFor(async () => {
    last = (await hashParams(page)).get(key);
    return ok(last);
  }, { timeout, message: () => `URL ${key}=${last} never became ${what}` });
  return last;
}

// ------------------------------------------------------------------ canvas pixels

/**
 * The number of pixels of canvas `id` that pass `test`: `'coloured'` (opaque, R ≠ B: curves,
 * marks and heat maps, not the white or grey background), `'orange'` (sample discs), or
 * `{ r: [lo, hi], g: [lo, hi], b: [lo, hi] }` (inclusive channel ranges, any left out passing).
 */
export async function countPixels(page, id, test = 'coloured') {
  return page.evaluate(([testid, t]) => {
    const c = document.querySelector(`[data-testid="${testid}"]`);
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    const inside = (v, range) => !range || (v >= range[0] && v <= range[1]);
    const pass = {
      coloured: (r, g, b, a) => r !== b && a === 255,
      orange: (r, g, b) => r > 200 && g > 90 && g < 170 && b < 90,
    }[t] ?? ((r, g, b) => inside(r, t.r) && inside(g, t.g) && inside(b, t.b));
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (pass(d[i], d[i + 1], d[i + 2], d[i + 3])) n++;
    return n;
  }, [id, test]);
}

/** The colour `[r, g, b, a]` of canvas `id` at (`x`, `y`), fractions of its width and height. */
export async function pixelAt(page, id, x, y) {
  return page.evaluate(([testid, fx, fy]) => {
    const c = document.querySelector(`[data-testid="${testid}"]`);
    const px = Math.min(c.width - 1, Math.floor(fx * c.width));
    const py = Math.min(c.height - 1, Math.floor(fy * c.height));
    return [...c.getContext('2d').getImageData(px, py, 1, 1).data];
  }, [id, x, y]);
}

/** A checksum of canvas `id`'s pixels: it changes when the canvas is redrawn differently. */
export async function canvasChecksum(page, id) {
  return page.evaluate((testid) => {
    const c = document.querySelector(`[data-testid="${testid}"]`);
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let s = 0;
    for (let i = 0; i < d.length; i += 4) s = (s * 31 + d[i] * 3 + d[i + 1] * 5 + d[i + 2] * 7) % 1000000007;
    return s;
  }, id);
}

/** The current hash's query parameters. */
export async function hashParams(page) {
  const hash = await page.evaluate(() => location.hash);
  return new URLSearchParams(hash.split('?')[1] ?? '');
}

export async function screenshot(page, name) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

export function noErrors(page) {
  assert.deepEqual(page.errors, [], `console errors: ${page.errors.join('\n')}`);
}

/** Independent reference: H(p) = −Σ p ln p with 0·ln 0 = 0. */
export function entropyRef(p, bits = false) {
  const h = -p.reduce((s, x) => s + (x > 0 ? x * Math.log(x) : 0), 0);
  return bits ? h / Math.LN2 : h;
}

export function close(a, b, rel = 1e-12) {
  assert.ok(Math.abs(a - b) <= rel * Math.max(1, Math.abs(b)), `${a} ≠ ${b}`);
}

/** A lab's run status (`train-status`, or `<prefix>-status` where a page has two runs). */
export async function runStatus(page, id = 'train-status') {
  return page.getAttribute(`[data-testid="${id}"]`, 'data-value');
}

/** Waits until a lab's run status passes `ok`; fails with the last status seen. */
export async function waitStatus(page, ok, timeout = 120000, id = 'train-status') {
  let s;
  await waitFor(async () => {
    s = await runStatus(page, id);
    return ok(s);
  }, { timeout, interval: 100, message: () => `${id} stayed ${s}` });
  return s;
}

/** The Latin words allowed in Russian text (latin_ok.txt): `anywhere`, and `math` (formulas only). */
export const LATIN_OK = { anywhere: [], math: [] };
for (const raw of readFileSync(new URL('./latin_ok.txt', import.meta.url), 'utf8').split('\n')) {
  const line = raw.split('#')[0].trim();
  if (!line) continue;
  if (line.startsWith('math:')) LATIN_OK.math.push(line.slice(5));
  else LATIN_OK.anywhere.push(line);
}

/** The Latin words of Russian text that latin_ok.txt does not allow (after `_` comes a subscript). */
export function latinWords(s) {
  return (s.match(/[A-Za-z][A-Za-z0-9_]*/g) ?? []).map((w) => w.split('_')[0])
    .filter((w) => w.length > 1 && !LATIN_OK.anywhere.includes(w));
}
