// Shared set-up for the browser tests: Debian's chromium through playwright-core (never a
// browser download), console-error capture, readouts and screenshots.
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

/** The exact value of a readout, as a number (`inf`, `-inf` understood). */
export async function readout(page, name) {
  const raw = await page.getAttribute(`[data-testid="${name}"]`, 'data-value');
  if (raw === null || raw === '') return NaN; // no value yet
  if (raw === 'inf') return Infinity;
  if (raw === '-inf') return -Infinity;
  return Number(raw);
}

/** Waits until a readout's exact value satisfies `ok`. */
export async function waitReadout(page, name, ok, timeout = 10000) {
  const start = Date.now();
  let last;
  while (Date.now() - start < timeout) {
    last = await readout(page, name).catch(() => NaN);
    if (ok(last)) return last;
    await page.waitForTimeout(50);
  }
  assert.fail(`readout ${name} stayed at ${last}`);
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
  const start = Date.now();
  let s;
  while (Date.now() - start < timeout) {
    s = await runStatus(page, id);
    if (ok(s)) return s;
    await page.waitForTimeout(100);
  }
  throw new Error(`${id} stayed ${s}`);
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
