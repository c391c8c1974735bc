// Issue 16 on the GAN theory lessons: the exercises corrected or added (V = −log 4 is not
// C(G) = −log 4; f on the closed [0, 1]; the cGAN swap only with p(1) = p(2)), the formulas
// restored (log D*/(1 − D*) as a fraction, C(G)'s left-hand side), the link from the D* theorem
// to the logistic D's gap, the class-weight editor's names, and numbers and figure text
// alternatives in the page's language. Numbers are checked against gan_ref.mjs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, newPage, open, readout, waitReadout, hashParams, screenshot, noErrors, latinWords, waitParam, openFresh,
} from './helpers.mjs';
import { parseMixture, cOfG, js } from './gan_ref.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const LOG4 = Math.log(4);
const ex = (id) => `[data-testid="exercise-${id}"]`;

/** Opens `hash` with no exercise progress kept from an earlier test. */
const fresh = (page, hash) => openFresh(page, ...hash.split('?'));

/** Ticks exactly the options `on` of a choice exercise with `n` options and presses Check. */
async function choose(page, id, n, on) {
  for (let j = 0; j < n; j += 1) {
    const sel = `[data-testid="exercise-${id}-option-${j}"]`;
    if (on.includes(j)) await page.check(sel);
    else await page.uncheck(sel);
  }
  await page.click(`[data-testid="exercise-${id}-check"]`);
}

async function expectState(page, id, state) {
  await page.waitForSelector(`${ex(id)}[data-state="${state}"]`, { timeout: 10000 });
}

/** The overall mixture Σ p(y)·m_y as one component list (for gan_ref). */
function marginal(py, ms) {
  const total = py.reduce((s, x) => s + x, 0);
  return ms.flatMap((m, i) => m.map((c) => ({ ...c, w: (c.w * py[i]) / total })));
}

const CLASS = ['1:-2:0.7', '1:2:0.7', '1:0:1'];

/** Latin words (two or more letters) in a Russian string, but the symbols used here. */

// ------------------------------------------------------------------ the GAN objective

test('gan-objective: D ≡ ½ gives V = −log 4 for a p_g ≠ p_data; the warning; the new exercise', async () => {
  const page = await newPage(browser);
  await fresh(page, 'gan-objective?lang=en');
  const [data, g] = [parseMixture('1:1:1'), parseMixture('1:-1:1')];
  assert.ok(await page.isVisible('[data-testid="warning-half"]'), 'the warning is shown');
  assert.match(await page.textContent('[data-testid="warning-half"]'), /necessary, not sufficient/);
  await page.click('[data-testid="d-half"]');
  await waitParam(page, 'd', (v) => v === '0:0', 'd = 0:0');
  await waitReadout(page, 'v-d-g', (v) => Math.abs(v + LOG4) <= 1e-12);
  const c = await waitReadout(page, 'v-dstar', (v) => Math.abs(v - cOfG(data, g)) <= 1e-9);
  assert.ok(c > -LOG4 + 0.5, `C(G) = ${c} is far above −log 4 while V = −log 4`);
  // "p_g = p_data" and "C(G) = −log 4" are refused; so is the right pair with a wrong one.
  await choose(page, 'half-not-sufficient', 4, [0]);
  await expectState(page, 'half-not-sufficient', 'tried');
  await choose(page, 'half-not-sufficient', 4, [1, 2, 3]);
  await expectState(page, 'half-not-sufficient', 'tried');
  await choose(page, 'half-not-sufficient', 4, [1, 2]);
  await expectState(page, 'half-not-sufficient', 'solved');
  await screenshot(page, 'text-gan-objective-half');
  // The Russian warning, in Russian.
  await open(page, 'gan-objective?lang=ru&d=0:0');
  const warning = await page.textContent('[data-testid="warning-half"]');
  assert.match(warning, /необходимое, но не достаточное/);
  noErrors(page);
});

test('gan-objective: with p_g = p_data the logistic D ≡ ½ reaches D* (no gap); step 5 shows log D*/(1 − D*) as a fraction', async () => {
  const page = await newPage(browser);
  const m = '0.3:-2:0.5,0.7:1:1.5';
  await open(page, `gan-objective?lang=en&data=${m}&g=${m}&d=0:0&step=5`);
  await waitReadout(page, 'v-dstar', (v) => Math.abs(v + LOG4) <= 1e-9);
  await waitReadout(page, 'v-gap', (v) => Math.abs(v) <= 1e-9);
  // The step's own text holds the fraction (log D*/(1 − D*) read as (log D*)/(1 − D*) before).
  assert.ok(await page.locator('[data-testid="step-5"] p mfrac').count() >= 1, 'a fraction in step 5');
  const lead = await page.textContent('p.lead');
  assert.match(lead, /numerical integral/);
  assert.doesNotMatch(lead, /exact integral/);
  // The figure's text alternative names the axes and the numbers; b's sign is written once.
  await open(page, 'gan-objective?lang=ru&d=1.5:-0.5');
  const alt = await page.getAttribute('[data-testid="plot-d"]', 'aria-label');
  assert.match(alt, /^Ось x: x; ось y: D\./);
  assert.match(alt, /σ\(1,5·x − 0,5\)/);
  assert.deepEqual(latinWords(alt), [], `Latin words in «${alt}»`);
  noErrors(page);
});

// ------------------------------------------------------------------ the optimal D

test('optimal-d: f on the closed [0, 1]; the zero-density exercise takes the ends', async () => {
  const page = await newPage(browser);
  await fresh(page, 'optimal-d?lang=en&step=3');
  const f = (await page.textContent('[data-testid="step-3"] .math-display')).replace(/\s+/g, '');
  assert.ok(f.includes('[0,1]'), `f is defined on [0, 1]: ${f}`);
  assert.ok(!f.includes('(0,1)'), `not on (0, 1): ${f}`);
  // "No maximum on [0, 1]" is wrong now that f(1) = 0 is a value; the interior claim is right.
  await choose(page, 'zero-density', 5, [2]);
  await expectState(page, 'zero-density', 'tried');
  await choose(page, 'zero-density', 5, [0, 2]);
  await expectState(page, 'zero-density', 'tried');
  await choose(page, 'zero-density', 5, [0]);
  await expectState(page, 'zero-density', 'tried');
  await choose(page, 'zero-density', 5, [0, 4]);
  await expectState(page, 'zero-density', 'solved');
  await screenshot(page, 'text-optimal-d-zero-density');
  noErrors(page);
});

test('optimal-d: the theorem points to the logistic D\'s gap, with these mixtures and the language', async () => {
  const page = await newPage(browser);
  const data = '0.5:-2:0.7,0.5:1.5:1';
  const g = '1:0:1.5';
  await open(page, `optimal-d?lang=ru&data=${data}&g=${g}&x=0.5`);
  const href = await page.getAttribute('[data-testid="link-logistic-gap"]', 'href');
  assert.match(href, /^#\/gan-objective\?/);
  const q = new URLSearchParams(href.split('?')[1]);
  assert.equal(q.get('lang'), 'ru');
  assert.equal(q.get('step'), '5');
  assert.deepEqual(parseMixture(q.get('data')), parseMixture(data));
  assert.deepEqual(parseMixture(q.get('g')), parseMixture(g));
  assert.match(await page.textContent('[data-testid="link-logistic-gap"]'), /зазор/);
  await page.click('[data-testid="link-logistic-gap"]');
  await page.waitForSelector('[data-testid="lesson-gan-objective"]');
  // A bimodal p_data against one Gaussian: no logistic D is D*, the gap is positive.
  await waitReadout(page, 'v-gap', (v) => v > 1e-3);
  // The f(s) figure's text alternative names its axes, in Russian.
  await open(page, `optimal-d?lang=ru&data=${data}&g=${g}&x=0.5`);
  const alt = await page.getAttribute('[data-testid="plot-f"]', 'aria-label');
  assert.match(alt, /^Горизонтальная ось: s от 0 до 1; вертикальная ось: f\(s\)\/\(p_data \+ p_g\)\./);
  assert.deepEqual(latinWords(alt), [], `Latin words in «${alt}»`);
  noErrors(page);
});

// ------------------------------------------------------------------ C(G)

test('c-of-g: the KL step has its left-hand side; the C(G) figure speaks the page language', async () => {
  const page = await newPage(browser);
  await open(page, 'c-of-g?lang=en&step=2');
  const display = page.locator('[data-testid="step-2"] .math-display');
  // E log p_data/(p_data + p_g) = E log p_data/((p_data + p_g)/2) − E log 2 = KL − log 2.
  assert.ok(await display.locator('mfrac').count() >= 3, 'the left-hand fraction is back');
  const equals = await display.locator('mo').evaluateAll((mos) => mos.filter((m) => m.textContent.trim() === '=').length);
  assert.equal(equals, 2, 'two equals signs');
  const en = await page.getAttribute('[data-testid="plot-c-path"]', 'aria-label');
  assert.match(en, /^x axis: t; y axis: C\(G\), nats\./);
  await open(page, 'c-of-g?lang=ru&t=0.5');
  const ru = await page.getAttribute('[data-testid="plot-c-path"]', 'aria-label');
  assert.match(ru, /^Ось x: t; ось y: C\(G\), нат\./);
  assert.match(ru, /t = 0,5/);
  assert.deepEqual(latinWords(ru), [], `Latin words in «${ru}»`);
  const densities = await page.getAttribute('[data-testid="plot-densities"]', 'aria-label');
  assert.match(densities, /^Ось x: x; ось y: плотность\./);
  assert.match(densities, /0,5·N\(−2; 0,6²\)/);
  noErrors(page);
});

// ------------------------------------------------------------------ the cGAN objective

test('cgan-objective: the class weights are named p(y), in both languages; other lessons keep theirs', async () => {
  const page = await newPage(browser);
  await open(page, 'cgan-objective?lang=en');
  assert.equal((await page.textContent('[data-testid="py-legend"]')).trim(), 'class weights p(y)');
  assert.match(await page.textContent('[data-testid="py-count-label"]'), /^number of classes = 2/);
  assert.equal(await page.getAttribute('[data-testid="py-bar-0"]', 'aria-label'), 'p(y = 1)');
  assert.equal(await page.getAttribute('[data-testid="py-bar-1"]', 'aria-label'), 'p(y = 2)');
  assert.equal(await page.getAttribute('[data-testid="py-more"]', 'aria-label'), 'One class more');
  const fieldset = await page.textContent('fieldset.dist-editor');
  assert.doesNotMatch(fieldset, /Outcomes|py₁/);
  await open(page, 'cgan-objective?lang=ru&py=0.3,0.7');
  assert.equal((await page.textContent('[data-testid="py-legend"]')).trim(), 'веса классов p(y)');
  assert.match(await page.textContent('[data-testid="py-count-label"]'), /^число классов = 2/);
  // The fields show the decimal comma and take either separator.
  assert.equal(await page.inputValue('[data-testid="py-input-0"]'), '0,3');
  await page.fill('[data-testid="py-input-0"]', '0,4');
  await page.press('[data-testid="py-input-0"]', 'Enter');
  await waitParam(page, 'py', (v) => v !== null && Number(v.split(',')[0]) === 0.4, 'p(1) = 0.4');
  assert.equal(await page.inputValue('[data-testid="py-input-1"]'), '0,6');
  // The entropy lesson's editor keeps its names.
  await open(page, 'entropy?lang=en&p=0.2,0.3,0.5');
  assert.equal((await page.textContent('[data-testid="p-legend"]')).trim(), 'p');
  assert.match(await page.textContent('[data-testid="p-count-label"]'), /^Outcomes n = 3/);
  assert.equal(await page.getAttribute('[data-testid="p-bar-0"]', 'aria-label'), 'p₁');
  assert.equal(await page.getAttribute('[data-testid="p-more"]', 'aria-label'), 'One outcome more');
  assert.equal(await page.inputValue('[data-testid="p-input-0"]'), '0.2');
  noErrors(page);
});

test('cgan-objective: swapping classes matches the mixture only with p(1) = p(2); the button sets it; the exercise', async () => {
  const page = await newPage(browser);
  const d = CLASS.map((s) => parseMixture(s));
  // A swap by hand with p(y) = (0.3, 0.7): the mixtures differ (JS ≈ 0.082), so not solved.
  await fresh(page, `cgan-objective?lang=en&py=0.3,0.7&g1=${CLASS[1]}&g2=${CLASS[0]}`);
  const off = js(marginal([0.3, 0.7], d.slice(0, 2)), marginal([0.3, 0.7], [d[1], d[0]]));
  assert.ok(Math.abs(off - 0.0817) < 5e-4, `reference mixture JS ${off}`);
  await waitReadout(page, 'js-marginal', (v) => Math.abs(v - off) <= 1e-9);
  await waitReadout(page, 'c-total', (v) => v > -1);
  await page.click('[data-testid="exercise-swapped-check"]');
  await expectState(page, 'swapped', 'tried');
  // The button: p(1) = p(2) = 0.5 and the swap; now the mixtures agree and C(G) stays high.
  await page.click('[data-testid="swap-classes"]');
  await waitParam(page, 'py', (v) => v === '0.5,0.5', 'py = 0.5,0.5');
  const h = await hashParams(page);
  assert.deepEqual(parseMixture(h.get('g1')), d[1]);
  assert.deepEqual(parseMixture(h.get('g2')), d[0]);
  await waitReadout(page, 'js-marginal', (v) => Math.abs(v) <= 1e-9);
  await waitReadout(page, 'c-total', (v) => v > -1);
  await page.click('[data-testid="exercise-swapped-check"]');
  await expectState(page, 'swapped', 'solved');
  assert.match(await page.textContent('[data-testid="swap-note"]'), /only when/);
  await screenshot(page, 'text-cgan-swap');
  // Three classes: p(1), p(2) become their mean, p(3) stays, class 3 is generated right.
  await open(page, 'cgan-objective?lang=en&py=0.2,0.3,0.5&g3=1:3:1');
  await page.click('[data-testid="swap-classes"]');
  await waitParam(page, 'py', (v) => v === '0.25,0.25,0.5', 'py = 0.25,0.25,0.5');
  assert.deepEqual(parseMixture((await hashParams(page)).get('g3')), d[2]);
  await waitReadout(page, 'js-marginal', (v) => Math.abs(v) <= 1e-9);
  noErrors(page);
});

test('cgan-objective: independent draws mislabel 1 − Σ p(y)² of the pairs, not "most"', async () => {
  const page = await newPage(browser);
  await fresh(page, 'cgan-objective?lang=en');
  await choose(page, 'joint', 3, [1]);
  await expectState(page, 'joint', 'tried');
  await page.click('[data-testid="exercise-joint-solution"]');
  const solution = await page.textContent('[data-testid="exercise-joint-solution-text"]');
  assert.doesNotMatch(solution, /most real pairs/);
  assert.match(solution, /half of all real pairs/);
  await choose(page, 'joint', 3, [0]);
  await expectState(page, 'joint', 'solved');
  // The Russian remark states the condition and the number with a decimal comma.
  await open(page, 'cgan-objective?lang=ru&step=6');
  const remark = await page.textContent('[data-testid="step-6"] p');
  assert.match(remark, /0,082 ната/);
  const alt = await page.getAttribute('[data-testid="plot-dstar"]', 'aria-label');
  assert.match(alt, /^Ось x: x; ось y: D\*\(x, y\)\./);
  assert.match(alt, /y = 1: −?\d+,\d+; y = 2: /);
  assert.deepEqual(latinWords(alt), [], `Latin words in «${alt}»`);
  noErrors(page);
});
