// The GAN theory lessons as a user works them: V(D, G) for a logistic D against C(G), the
// optimal discriminator at a point, C(G) as G moves towards the data, and the cGAN objective.
// Every readout is checked against gan_ref.mjs, an independent f64 reference (adaptive
// Gauss–Kronrod, log-space densities) written from the formulas, not from the app's Rust;
// integrals to 1e-9 absolute (the app's quadrature target), densities to 1e-12 relative.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, newPage, open, readout, hashParams, screenshot, noErrors, waitFor, waitParam,
} from './helpers.mjs';
import {
  parseMixture, pdf, dStar, vLinear, cOfG, js, klToMean, generatorAt, cgan,
} from './gan_ref.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

// ------------------------------------------------------------------ shared helpers

const LOG4 = Math.log(4);
const LN2 = Math.LN2;
const mix = (s) => parseMixture(s);

/** `route?k=v&…` for `open` (undefined values left out; `:` and `,` need no escaping). */
function link(route, params = {}) {
  const q = Object.entries(params).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${v}`);
  return q.length ? `${route}?${q.join('&')}` : route;
}

/** Each page's defaults, as the brief fixes them. */
const DEFAULTS = {
  ganObjective: { data: '1:1:1', g: '1:-1:1', d: '1:0' },
  optimalD: { data: '0.5:-2:0.7,0.5:1.5:1', g: '1:0:1.5', x: '0.5' },
  cOfG: { data: '0.5:-2:0.6,0.5:2:0.6', g: '1:-4:1', move: 'shift', t: '0' },
  cgan: {
    py: '0.5,0.5', data1: '1:-2:0.7', g1: '1:-1:1', data2: '1:2:0.7', g2: '1:2:0.7', data3: '1:0:1', g3: '1:1:1',
  },
};

const show = (v) => (Object.is(v, -0) ? '-0' : String(v));

/**
 * Waits (10 s) until readout `name` is within `tol` of `ref` (absolute, or relative to |ref| with
 * `relative`; equal infinities and equal exact values always pass), then returns it. Waiting
 * covers the moment after a hash change when a readout still shows the previous state.
 */
async function expectReadout(page, name, ref, tol = 1e-9, { relative = false, timeout = 10000 } = {}) {
  const ok = (v) => v === ref || (Number.isFinite(v) && Math.abs(v - ref) <= (relative ? tol * Math.abs(ref) : tol));
  let last;
  await waitFor(async () => {
    last = await readout(page, name).catch(() => NaN);
    return ok(last);
  }, {
    timeout,
    message: () => `${name} = ${show(last)}, reference ${show(ref)} (error ${Math.abs(last - ref)}, tolerance ${tol}${relative ? ' relative' : ''})`,
  });
  return last;
}

/** Sets a range input the way a user's drag ends: playwright's fill on a range sets the value and
 * fires `input` then `change`. Returns the value the input took (after min/max/step snapping). */
async function setRange(page, testid, value) {
  const sel = `[data-testid="${testid}"]`;
  await page.fill(sel, String(value));
  return Number(await page.inputValue(sel));
}

/** The mixture in the URL parameter `key`, or `fallback` when absent. */
async function urlMixture(page, key, fallback) {
  return mix((await hashParams(page)).get(key) ?? fallback);
}

const weights = (m) => m.map((c) => c.w);
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
/** The raw (unnormalised) weights as written in the URL. */
const rawWeights = (s) => s.split(',').map((c) => Number(c.split(':')[0]));

async function expectNotice(page) {
  await page.waitForSelector('[data-testid="notices"]', { timeout: 10000 });
  assert.ok(await page.locator('[data-testid="notice"]').count() >= 1, 'a notice is listed');
}
async function expectNoNotice(page) {
  assert.equal(await page.isVisible('[data-testid="notices"]'), false, 'no notice for a valid link');
}

// ------------------------------------------------------------------ a) V(D, G) vs C(G)

/** Both gan-objective readouts against the reference for these strings; returns [V, C]. */
async function checkObjective(page, { data, g, d }) {
  const [D, G] = [mix(data), mix(g)];
  const [a, b] = d.split(':').map(Number);
  const v = await expectReadout(page, 'v-d-g', vLinear(D, G, a, b));
  const c = await expectReadout(page, 'v-dstar', cOfG(D, G));
  return [v, c];
}

test('gan-objective: V(D, G) and C(G) for the defaults; D = σ(2x) is D* and reaches C(G)', async () => {
  const page = await newPage(browser);
  const def = DEFAULTS.ganObjective;
  await open(page, link('gan-objective', { ...def, step: 1 }));
  const [v, c] = await checkObjective(page, def);
  assert.ok(v < c, `V = ${v} < C(G) = ${c} for D = σ(x)`);
  await expectNoNotice(page);
  // Without parameters the page shows the same defaults.
  await open(page, 'gan-objective');
  await checkObjective(page, def);
  // For N(1, 1) against N(−1, 1), D*(x) = σ(2x) exactly: V(D*, G) = C(G).
  await open(page, link('gan-objective', { ...def, d: '2:0' }));
  const [v2, c2] = await checkObjective(page, { ...def, d: '2:0' });
  assert.ok(Math.abs(v2 - c2) <= 1e-9, `V(D*) = ${v2} vs C(G) = ${c2}`);
  await screenshot(page, 'gan-objective');
  noErrors(page);
});

test('gan-objective: mixtures of 2–3 components, V ≤ C(G); the a slider rewrites d=', async () => {
  const page = await newPage(browser);
  const cases = [
    { data: '0.3:-2:0.8,0.5:1:0.5,0.2:3:1.2', g: '0.6:-1:1.5,0.4:2:0.4', d: '1.5:-0.5' },
    { data: '0.5:-4:0.3,0.5:4:0.3', g: '0.2:-1:2,0.3:0:0.05,0.5:6:1', d: '-3:7' },
    { data: '1:0:0.05', g: '0.5:-0.2:0.05,0.5:0.3:5', d: '10:-20' },
  ];
  for (const p of cases) {
    await open(page, link('gan-objective', p));
    const [v, c] = await checkObjective(page, p);
    assert.ok(v <= c + 1e-12, `V = ${v} ≤ C(G) = ${c} for ${JSON.stringify(p)}`);
    await expectNoNotice(page);
  }
  // Moving a: the URL's d= follows on change, b is kept, V follows; C(G) does not move.
  const p = cases[0];
  await open(page, link('gan-objective', p));
  await checkObjective(page, p);
  const a = await setRange(page, 'd-a', 3);
  assert.equal(a, 3);
  const d = await waitParam(page, 'd', (v) => v !== null && Number(v.split(':')[0]) === 3, 'a = 3');
  assert.equal(Number(d.split(':')[1]), -0.5, `b is kept in d=${d}`);
  await checkObjective(page, { ...p, d: '3:-0.5' });
  // And b.
  const b = await setRange(page, 'd-b', 2);
  assert.equal(b, 2);
  await waitParam(page, 'd', (v) => v !== null && Number(v.split(':')[1]) === 2, 'b = 2');
  await checkObjective(page, { ...p, d: '3:2' });
  await screenshot(page, 'gan-objective-moved');
  noErrors(page);
});

test('gan-objective: bad d= and bad mixtures give a notice and that parameter\'s default', async () => {
  const page = await newPage(browser);
  const def = DEFAULTS.ganObjective;
  for (const d of ['abc', '1', '11:0', '0:21', 'nan:0']) {
    await open(page, link('gan-objective', { data: '0.5:-1:1,0.5:2:0.5', g: '1:0:2', d }));
    await expectNotice(page);
    await checkObjective(page, { data: '0.5:-1:1,0.5:2:0.5', g: '1:0:2', d: def.d });
  }
  // Malformed mixtures: the default for that mixture only; the other one is kept.
  const good = '0.4:-1:0.5,0.6:2:1.5';
  const bad = ['abc', '1:0:0', '1:0:-1', '1:0:1,1:1:1,1:2:1,1:3:1', '1:0', '1:11:1', '1:0:0.01', '1:0:6', '-1:0:1', '0:0:1'];
  for (const m of bad) {
    await open(page, link('gan-objective', { data: m, g: good, d: '1:0' }));
    await expectNotice(page);
    await checkObjective(page, { data: def.data, g: good, d: '1:0' });
    await open(page, link('gan-objective', { data: good, g: m, d: '1:0' }));
    await expectNotice(page);
    await checkObjective(page, { data: good, g: def.g, d: '1:0' });
  }
  await screenshot(page, 'gan-objective-bad-link');
  // "Reset to defaults" drops the bad value (and the notice).
  await page.click('[data-testid="reset-defaults"]');
  await waitParam(page, 'g', (v) => v !== '0:0:1', 'the bad g gone');
  await page.waitForSelector('[data-testid="notices"]', { state: 'hidden' });
  noErrors(page);
});

test('mixture editor: sliders, weights that rescale, add and remove, all written to the URL', async () => {
  const page = await newPage(browser);
  // Weights in a link are normalised silently.
  await open(page, link('gan-objective', { data: '2:1:1,2:-1:1', g: '1:-1:1', d: '1:0' }));
  await checkObjective(page, { data: '0.5:1:1,0.5:-1:1', g: '1:-1:1', d: '1:0' });
  await expectNoNotice(page);
  const check = async () => {
    const h = await hashParams(page);
    await checkObjective(page, { data: h.get('data'), g: h.get('g'), d: h.get('d') ?? '1:0' });
  };

  // A mean: the URL then holds the whole mixture with normalised weights.
  assert.equal(await setRange(page, 'data-mu-1', 0.5), 0.5);
  const data = await waitParam(page, 'data', (v) => v !== null && v.startsWith('0.5:0.5:'), 'μ₁ = 0.5');
  assert.deepEqual(mix(data), mix('0.5:0.5:1,0.5:-1:1'));
  assert.ok(Math.abs(sum(rawWeights(data)) - 1) <= 1e-12, `weights in ${data} sum to 1`);
  await check();
  // A spread.
  assert.equal(await setRange(page, 'data-sigma-2', 0.25), 0.25);
  await waitParam(page, 'data', (v) => v !== null && v.split(',')[1]?.endsWith(':0.25'), 'σ₂ = 0.25');
  assert.deepEqual(mix((await hashParams(page)).get('data')), mix('0.5:0.5:1,0.5:-1:0.25'));
  await check();
  // A weight: the other one takes the rest.
  assert.equal(await setRange(page, 'data-w-1', 0.8), 0.8);
  await waitParam(page, 'data', (v) => v !== null && Number(v.split(':')[0]) === 0.8, 'w₁ = 0.8');
  const w = weights(await urlMixture(page, 'data'));
  assert.ok(Math.abs(w[0] - 0.8) <= 1e-9 && Math.abs(w[1] - 0.2) <= 1e-9, `weights ${w}`);
  await check();

  // g has one component: nothing to remove, and its weight is 1.
  assert.ok(await page.isDisabled('[data-testid="g-remove-1"]'), 'the last component cannot be removed');
  await page.click('[data-testid="g-add"]');
  await waitParam(page, 'g', (v) => v !== null && v.split(',').length === 2, 'two components');
  assert.deepEqual(weights(await urlMixture(page, 'g')), [0.5, 0.5]);
  assert.equal(await page.isDisabled('[data-testid="g-remove-1"]'), false);
  await check();
  await page.click('[data-testid="g-add"]');
  await waitParam(page, 'g', (v) => v !== null && v.split(',').length === 3, 'three components');
  for (const x of weights(await urlMixture(page, 'g'))) assert.ok(Math.abs(x - 1 / 3) <= 1e-6);
  assert.ok(await page.isDisabled('[data-testid="g-add"]'), 'at most three components');
  await check();
  // Three components: one weight set, the other two rescaled in proportion, all summing to 1.
  assert.equal(await setRange(page, 'g-w-1', 0.5), 0.5);
  await waitParam(page, 'g', (v) => v !== null && Number(v.split(':')[0]) === 0.5, 'w₁ = 0.5');
  const raw = rawWeights((await hashParams(page)).get('g'));
  assert.ok(Math.abs(sum(raw) - 1) <= 1e-5, `weights ${raw} sum to 1 (6 decimals)`);
  assert.ok(Math.abs(raw[1] - 0.25) <= 1e-6 && Math.abs(raw[2] - 0.25) <= 1e-6, `weights ${raw}`);
  await check();
  await screenshot(page, 'mixture-editor-three');
  // Remove back down to one.
  await page.click('[data-testid="g-remove-2"]');
  await waitParam(page, 'g', (v) => v !== null && v.split(',').length === 2, 'two components');
  assert.ok(Math.abs(sum(rawWeights((await hashParams(page)).get('g'))) - 1) <= 1e-5, 'weights renormalised');
  await check();
  await page.click('[data-testid="g-remove-1"]');
  await waitParam(page, 'g', (v) => v !== null && v.split(',').length === 1, 'one component');
  assert.deepEqual(weights(await urlMixture(page, 'g')), [1]);
  assert.ok(await page.isDisabled('[data-testid="g-remove-1"]'));
  await check();
  noErrors(page);
});

// ------------------------------------------------------------------ b) D*(x) at a point

/** All optimal-d readouts against the reference (densities relative 1e-12, D* as stated). */
async function checkOptimalD(page, { data, g, x }, { dTol = 1e-9, dRelative = false, checkS = true } = {}) {
  const [D, G, X] = [mix(data), mix(g), Number(x)];
  const [pd, pg, ds] = [pdf(D, X), pdf(G, X), dStar(D, G, X)];
  // 1e-12 relative, with a floor below which the value is subnormal (no relative precision).
  const density = async (name, ref) => {
    const v = await expectReadout(page, name, ref, 1e-12 * Math.abs(ref) + 1e-300);
    assert.ok(v >= 0, `${name} ≥ 0`);
  };
  await density('p-data-x', pd);
  await density('p-g-x', pg);
  const d = await expectReadout(page, 'd-star', ds, dTol, { relative: dRelative });
  assert.ok(d >= 0 && d <= 1, `D* = ${d} in [0, 1]`);
  if (checkS) await expectReadout(page, 's-star', ds, 1e-9);
  return { pd, pg, ds };
}

test('optimal-d: D*(x), the densities and the maximiser of f(s), also moved by the x slider', async () => {
  const page = await newPage(browser);
  const def = DEFAULTS.optimalD;
  await open(page, link('optimal-d', { ...def, step: 1 }));
  await checkOptimalD(page, def);
  await expectNoNotice(page);
  await open(page, 'optimal-d');
  await checkOptimalD(page, def);
  for (const p of [
    { data: '0.2:-5:0.3,0.3:0:1,0.5:4:2', g: '0.5:-1:0.5,0.5:1:0.5', x: '-4.25' },
    { data: '1:3:0.05', g: '1:2.9:0.05', x: '2.95' },
    { data: '1:-10:5', g: '0.7:10:5,0.3:0:0.1', x: '10' },
  ]) {
    await open(page, link('optimal-d', p));
    await checkOptimalD(page, p);
  }
  await screenshot(page, 'optimal-d');
  // The slider: x= follows on change, and every readout with it.
  await open(page, link('optimal-d', def));
  assert.equal(await setRange(page, 'x-slider', 2), 2);
  await waitParam(page, 'x', (v) => Number(v) === 2, 'x = 2');
  await checkOptimalD(page, { ...def, x: '2' });
  assert.equal(await setRange(page, 'x-slider', -1.5), -1.5);
  await waitParam(page, 'x', (v) => Number(v) === -1.5, 'x = −1.5');
  await checkOptimalD(page, { ...def, x: '-1.5' });
  noErrors(page);
});

test('optimal-d: far in the tails D* comes from log densities; data = g gives exactly ½', async () => {
  const page = await newPage(browser);
  // p_data(9.5) underflows to 0, p_g(9.5) ≈ 1e-102; D* ≈ e^−633 ≈ 1e-275 is still a double.
  const tail = { data: '1:-3:0.3', g: '1:3:0.3', x: '9.5' };
  await open(page, link('optimal-d', tail));
  const { pd, ds } = await checkOptimalD(page, tail, { dTol: 1e-9, dRelative: true });
  assert.equal(pd, 0);
  assert.ok(ds > 0 && ds < 1e-270, `reference D* = ${ds}`);
  // The mirror image rounds to exactly 1.
  const mirror = { data: '1:-3:0.3', g: '1:3:0.3', x: '-9.5' };
  await open(page, link('optimal-d', mirror));
  await checkOptimalD(page, mirror, { dRelative: true });
  assert.equal(await readout(page, 'd-star'), 1);
  // Both densities underflow to 0, D* ≈ 3e-30 all the same (s* is 0/0 here: not checked).
  const both = { data: '1:-3:0.3', g: '1:-2.5:0.3', x: '9.5' };
  await open(page, link('optimal-d', both));
  const r = await checkOptimalD(page, both, { dTol: 1e-9, dRelative: true, checkS: false });
  assert.ok(r.pd === 0 && r.pg === 0 && r.ds > 1e-31 && r.ds < 1e-28, `reference ${JSON.stringify(r)}`);
  // D* rounds to exactly 0 where even the log-ratio is hopeless.
  const zero = { data: '1:-10:0.05', g: '1:10:0.05', x: '10' };
  await open(page, link('optimal-d', zero));
  await checkOptimalD(page, zero);
  assert.equal(await readout(page, 'd-star'), 0);
  await screenshot(page, 'optimal-d-tail');
  // data = g: D* = ½ exactly, and so is the maximiser.
  const same = { data: DEFAULTS.optimalD.data, g: DEFAULTS.optimalD.data, x: '0' };
  await open(page, link('optimal-d', same));
  await expectReadout(page, 'd-star', 0.5, 0);
  await expectReadout(page, 's-star', 0.5, 1e-12);
  await open(page, link('optimal-d', { data: '1:0:1', g: '1:0:1', x: '0' }));
  await expectReadout(page, 'd-star', 0.5, 0);
  noErrors(page);
});

test('optimal-d: bad x and mixtures give a notice and the defaults', async () => {
  const page = await newPage(browser);
  const def = DEFAULTS.optimalD;
  for (const x of ['abc', '11', '-10.5', 'inf']) {
    await open(page, link('optimal-d', { data: def.data, g: '1:1:1', x }));
    await expectNotice(page);
    await checkOptimalD(page, { data: def.data, g: '1:1:1', x: def.x });
  }
  await open(page, link('optimal-d', { data: 'abc', g: '1:0:-1', x: '1' }));
  await expectNotice(page);
  await checkOptimalD(page, { data: def.data, g: def.g, x: '1' });
  await page.click('[data-testid="reset-defaults"]');
  await waitParam(page, 'data', (v) => v !== 'abc', 'the bad data gone');
  const h = await hashParams(page);
  await checkOptimalD(page, { data: h.get('data') ?? def.data, g: h.get('g') ?? def.g, x: h.get('x') ?? def.x });
  await page.waitForSelector('[data-testid="notices"]', { state: 'hidden' });
  noErrors(page);
});

// ------------------------------------------------------------------ c) C(G) as G moves

/** The c-of-g page's state from its URL, defaults filled in. */
async function cOfGState(page) {
  const h = await hashParams(page);
  const def = DEFAULTS.cOfG;
  return {
    data: h.get('data') ?? def.data, g: h.get('g') ?? def.g, move: h.get('move') ?? def.move, t: h.get('t') ?? def.t,
  };
}

/** All c-of-g readouts against the reference for g_t; returns {js, c}. */
async function checkCOfG(page, { data, g, move, t }) {
  const D = mix(data);
  const Gt = generatorAt(mix(g), D, move, Number(t));
  const refJs = js(D, Gt);
  const j = await expectReadout(page, 'js', refJs);
  const c = await expectReadout(page, 'c-of-g', 2 * refJs - LOG4);
  // C(G) straight from its definition agrees with 2·JS − log 4.
  assert.ok(Math.abs(c - cOfG(D, Gt)) <= 1e-9, `c-of-g ${c} vs ∫ p log D* + p_g log(1 − D*) = ${cOfG(D, Gt)}`);
  assert.ok(Math.abs(c - (2 * j - LOG4)) <= 1e-12, `c-of-g ${c} = 2·${j} − log 4`);
  await expectReadout(page, 'kl-data-m', klToMean(D, Gt));
  await expectReadout(page, 'kl-g-m', klToMean(Gt, D));
  assert.ok(j >= -1e-12 && j <= LN2 + 1e-12, `0 ≤ JS = ${j} ≤ log 2`);
  return { js: j, c };
}

test('c-of-g: the defaults, shift and morph against the reference', async () => {
  const page = await newPage(browser);
  const def = DEFAULTS.cOfG;
  await open(page, link('c-of-g', { ...def, step: 1 }));
  await checkCOfG(page, def);
  await expectNoNotice(page);
  await open(page, 'c-of-g');
  await checkCOfG(page, def);
  // Shift half-way: g = N(6, 1) moves by ½·(0 − 6) to N(3, 1).
  for (const p of [
    { data: def.data, g: '1:6:1', move: 'shift', t: '0.5' },
    { data: def.data, g: '0.3:-5:0.5,0.7:7:2', move: 'shift', t: '0.5' },
    { data: '0.2:-3:0.3,0.5:0:1,0.3:4:0.6', g: '1:-8:1.5', move: 'shift', t: '0.25' },
    { data: def.data, g: '1:6:1', move: 'morph', t: '0.5' },
    { data: '0.2:-3:0.3,0.5:0:1,0.3:4:0.6', g: '0.5:5:0.5,0.5:8:1', move: 'morph', t: '0.8' },
  ]) {
    await open(page, link('c-of-g', p));
    await checkCOfG(page, p);
    await expectNoNotice(page);
  }
  await screenshot(page, 'c-of-g-shift');
  // Morph all the way: g_1 = data, JS = 0, C(G) = −log 4, the global minimum.
  await open(page, link('c-of-g', { data: def.data, g: '1:6:1', move: 'morph', t: 1 }));
  const r = await checkCOfG(page, { data: def.data, g: '1:6:1', move: 'morph', t: '1' });
  assert.ok(Math.abs(r.js) <= 1e-12, `JS = ${r.js}`);
  assert.ok(Math.abs(r.c + LOG4) <= 1e-12, `C(G) = ${r.c}`);
  // Shift all the way with a single Gaussian onto a single Gaussian: also the minimum.
  await open(page, link('c-of-g', { data: '1:2:0.5', g: '1:-4:0.5', move: 'shift', t: 1 }));
  await expectReadout(page, 'c-of-g', -LOG4, 1e-12);
  noErrors(page);
});

test('c-of-g: the t slider and the move select rewrite the URL; the readouts follow', async () => {
  const page = await newPage(browser);
  const start = { data: DEFAULTS.cOfG.data, g: '1:6:1', move: 'shift', t: '0' };
  await open(page, link('c-of-g', start));
  await checkCOfG(page, start);
  assert.equal(await setRange(page, 'move-t', 0.25), 0.25);
  await waitParam(page, 't', (v) => Number(v) === 0.25, 't = 0.25');
  const s = await cOfGState(page);
  assert.equal(s.move, 'shift');
  await checkCOfG(page, s);
  await page.selectOption('[data-testid="move-mode"]', 'morph');
  await waitParam(page, 'move', (v) => v === 'morph', 'move = morph');
  await checkCOfG(page, await cOfGState(page));
  assert.equal(Number((await cOfGState(page)).t), 0.25);
  await screenshot(page, 'c-of-g-morph');
  noErrors(page);
});

test('c-of-g: "G = data" gives −log 4; "disjoint" gives JS = log 2 and C(G) = 0; bad t', async () => {
  const page = await newPage(browser);
  const start = { data: '0.3:-1:0.5,0.7:2:1', g: '1:5:1', move: 'shift', t: '0.5' };
  await open(page, link('c-of-g', start));
  await checkCOfG(page, start);
  await page.click('[data-testid="set-g-data"]');
  await waitParam(page, 't', (v) => v === null || Number(v) === 0, 't back to 0');
  const s = await cOfGState(page);
  assert.deepEqual(mix(s.g), mix(s.data), `g = ${s.g} equals data = ${s.data}`);
  assert.deepEqual(mix(s.data), mix(start.data), 'data is kept');
  await expectReadout(page, 'c-of-g', -LOG4, 1e-12);
  await expectReadout(page, 'js', 0, 1e-12);
  await checkCOfG(page, s);
  // Disjoint supports: JS = log 2, C(G) = 0, from the defaults.
  await open(page, 'c-of-g');
  await checkCOfG(page, DEFAULTS.cOfG);
  await page.click('[data-testid="disjoint"]');
  await waitParam(page, 'g', (v) => v !== null && v !== DEFAULTS.cOfG.g, 'g moved away');
  const far = await cOfGState(page);
  await checkCOfG(page, far);
  await expectReadout(page, 'js', LN2, 1e-9);
  await expectReadout(page, 'c-of-g', 0, 1e-9);
  await screenshot(page, 'c-of-g-disjoint');
  // Bad t, move and mixtures: notices, defaults.
  for (const [p, expected] of [
    [{ data: DEFAULTS.cOfG.data, g: '1:6:1', move: 'shift', t: '2' }, { t: '0' }],
    [{ data: DEFAULTS.cOfG.data, g: '1:6:1', move: 'shift', t: '-0.1' }, { t: '0' }],
    [{ data: DEFAULTS.cOfG.data, g: '1:6:1', move: 'shift', t: 'abc' }, { t: '0' }],
    [{ data: DEFAULTS.cOfG.data, g: '1:6:1', move: 'teleport', t: '0.5' }, { move: 'shift' }],
    [{ data: DEFAULTS.cOfG.data, g: '1:0:0', move: 'shift', t: '0.5' }, { g: DEFAULTS.cOfG.g }],
  ]) {
    await open(page, link('c-of-g', p));
    await expectNotice(page);
    await checkCOfG(page, { ...p, ...expected });
  }
  noErrors(page);
});

// ------------------------------------------------------------------ d) the cGAN objective

/** Every cgan-objective readout against the reference for these URL values (defaults filled). */
async function checkCgan(page, params) {
  const p = { ...DEFAULTS.cgan, ...params };
  const py = p.py.split(',').map(Number);
  const k = py.length;
  const classes = Array.from({ length: k }, (_, i) => i + 1);
  const ref = cgan(py, classes.map((y) => mix(p[`data${y}`])), classes.map((y) => mix(p[`g${y}`])));
  const cs = [];
  for (const y of classes) {
    const j = await expectReadout(page, `js-y${y}`, ref.perClass[y - 1].js);
    const c = await expectReadout(page, `c-y${y}`, ref.perClass[y - 1].c);
    assert.ok(Math.abs(c - (2 * j - LOG4)) <= 1e-12, `c-y${y} = 2·js-y${y} − log 4`);
    cs.push(c);
  }
  const total = await expectReadout(page, 'c-total', ref.total);
  const fromReadouts = cs.reduce((s, c, i) => s + ref.weights[i] * c, 0);
  assert.ok(Math.abs(total - fromReadouts) <= 1e-12, `c-total ${total} = Σ p(y)·c_y = ${fromReadouts}`);
  if (k === 2) assert.equal(await page.isVisible('[data-testid="c-y3"]'), false, 'no third class shown');
  return { ref, cs, total };
}

test('cgan-objective: defaults, a class with data = g sits at −log 4, three classes', async () => {
  const page = await newPage(browser);
  await open(page, link('cgan-objective', { ...DEFAULTS.cgan, data3: undefined, g3: undefined, step: 1 }));
  const r = await checkCgan(page, {});
  await expectReadout(page, 'c-y2', -LOG4, 1e-12);
  await expectReadout(page, 'js-y2', 0, 1e-12);
  assert.ok(r.cs[0] > -LOG4);
  await expectNoNotice(page);
  await open(page, 'cgan-objective');
  await checkCgan(page, {});
  await screenshot(page, 'cgan-objective');
  const three = {
    py: '0.2,0.3,0.5',
    data1: '0.5:-3:0.5,0.5:-1:0.8', g1: '1:-2:1',
    data2: '1:2:0.7', g2: '0.7:2.5:0.5,0.3:0:2',
    data3: '1:0:1', g3: '0.2:-6:0.3,0.3:4:0.3,0.5:8:0.05',
  };
  await open(page, link('cgan-objective', three));
  await checkCgan(page, three);
  await expectNoNotice(page);
  await screenshot(page, 'cgan-objective-three');
  // An editor per class: moving g1's mean rewrites g1= and class 1's terms.
  await open(page, 'cgan-objective');
  assert.equal(await setRange(page, 'g1-mu-1', -2), -2);
  const g1 = await waitParam(page, 'g1', (v) => v !== null && Number(v.split(':')[1]) === -2, 'μ = −2');
  const r2 = await checkCgan(page, { g1 });
  assert.ok(r2.cs[0] < r.cs[0], 'g1 closer to data1 lowers c₁');
  noErrors(page);
});

test('cgan-objective: p(y) is normalised; bad p(y) gives a notice and the defaults', async () => {
  const page = await newPage(browser);
  // 1,2,1 → 0.25, 0.5, 0.25; classes 3 takes its default mixtures.
  await open(page, link('cgan-objective', { py: '1,2,1', g2: '1:1:1' }));
  const { ref, cs, total } = await checkCgan(page, { py: '1,2,1', g2: '1:1:1' });
  assert.deepEqual(ref.weights, [0.25, 0.5, 0.25]);
  assert.ok(Math.abs(total - (0.25 * cs[0] + 0.5 * cs[1] + 0.25 * cs[2])) <= 1e-12);
  // As on every lesson, a sum off 1 is normalised with a notice saying so.
  await expectNotice(page);
  for (const py of ['abc', '1', '1,1,1,1', '-1,2', '0,0']) {
    await open(page, link('cgan-objective', { py, g1: '1:-1.5:1' }));
    await expectNotice(page);
    await checkCgan(page, { g1: '1:-1.5:1' });
  }
  await open(page, link('cgan-objective', { data2: '1:0:0' }));
  await expectNotice(page);
  await checkCgan(page, {});
  await screenshot(page, 'cgan-objective-bad-link');
  noErrors(page);
});
