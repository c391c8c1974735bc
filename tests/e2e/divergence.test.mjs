// The Gibbs, KL and JS lessons as a user works them: every readout against an independent f64
// reference written here (not the app's code), the ∞ cases, the buttons, step navigation, the
// counterexample search, the exercises and bad links.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, newPage, open, readout, waitReadout, hashParams, screenshot, noErrors, entropyRef, close, frames, openFresh,
} from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

// References: 0·log(anything) = 0; p > 0 = q gives +∞.
const crossRef = (p, q) => -p.reduce((s, x, i) => s + (x > 0 ? x * Math.log(q[i]) : 0), 0);
const klRef = (p, q) => p.reduce((s, x, i) => s + (x > 0 ? x * Math.log(x / q[i]) : 0), 0);
const jsRef = (p, q) => {
  const m = p.map((x, i) => (x + q[i]) / 2);
  return 0.5 * klRef(p, m) + 0.5 * klRef(q, m);
};
const klGaussRef = (m1, s1, m2, s2) => Math.log(s2 / s1) + (s1 * s1 + (m1 - m2) ** 2) / (2 * s2 * s2) - 0.5;
const LN2 = Math.log(2);
// Within 1e-12·max(1, |ref|), and ±∞ exactly.
const same = (a, b) => (Number.isFinite(b) ? close(a, b) : assert.equal(a, b));

test('Gibbs: entropy, cross-entropy and the gap match the reference, in nats and bits', async () => {
  const page = await newPage(browser);
  const cases = [
    [[0.5, 0.3, 0.2], [0.2, 0.5, 0.3]],
    [[0.1, 0.2, 0.7], [0.7, 0.2, 0.1]],
    [[0, 0.5, 0.5], [0.2, 0.2, 0.6]],
    [[0.25, 0.25, 0.25, 0.25], [0.1, 0.2, 0.3, 0.4]],
  ];
  for (const [p, q] of cases) {
    await open(page, `gibbs?p=${p}&q=${q}`);
    close(await readout(page, 'entropy'), entropyRef(p));
    close(await readout(page, 'cross-entropy'), crossRef(p, q));
    close(await readout(page, 'gibbs-gap'), klRef(p, q));
    assert.ok(await readout(page, 'gibbs-gap') > 0);
    await open(page, `gibbs?p=${p}&q=${q}&unit=bits`);
    close(await readout(page, 'gibbs-gap'), klRef(p, q) / LN2);
    close(await readout(page, 'entropy'), entropyRef(p, true));
  }
  await screenshot(page, 'gibbs-bits');
  noErrors(page);
});

test('Gibbs: qᵢ = 0 < pᵢ gives an infinite gap with its reason; "make q = p" closes it', async () => {
  const page = await newPage(browser);
  await open(page, 'gibbs?p=0.5,0.5,0&q=1,0,0&step=5');
  assert.equal(await readout(page, 'gibbs-gap'), Infinity);
  assert.equal(await readout(page, 'cross-entropy'), Infinity);
  assert.ok(await page.isVisible('[data-testid="gap-infinite"]'));
  await screenshot(page, 'gibbs-infinite');
  await page.click('[data-testid="make-equal"]');
  await waitReadout(page, 'gibbs-gap', (v) => v === 0);
  assert.ok(await page.isVisible('[data-testid="gap-zero"]'));
  assert.equal((await hashParams(page)).get('q'), '0.5,0.5,0');
  // Random q: a distribution over the same outcomes, and readouts that agree with it.
  await page.click('[data-testid="random-q"]');
  await page.waitForFunction(() => !location.hash.includes('q=0.5,0.5,0'));
  const q = (await hashParams(page)).get('q').split(',').map(Number);
  assert.equal(q.length, 3);
  close(q.reduce((a, b) => a + b), 1, 1e-9);
  close(await readout(page, 'cross-entropy'), crossRef([0.5, 0.5, 0], q));
  noErrors(page);
});

test('Gibbs: a typed value updates readouts and URL; more outcomes keep p and q aligned', async () => {
  const page = await newPage(browser);
  await open(page, 'gibbs?p=0.5,0.3,0.2&q=0.2,0.5,0.3');
  const plotLabel = () => page.getAttribute('[data-testid="plot-bound"]', 'aria-label');
  const pixels = () => page.$eval('[data-testid="plot-terms"]', (c) => c.toDataURL());
  const [labelBefore, pixelsBefore] = [await plotLabel(), await pixels()];
  assert.match(labelBefore, /1: 0[.,]4\b/, 'the ratio q₁/p₁ = 0.4 is marked');
  await page.fill('[data-testid="q-input-0"]', '0.6');
  await page.press('[data-testid="q-input-0"]', 'Enter');
  await page.waitForFunction(() => location.hash.includes('q=0.6,'));
  const q = (await hashParams(page)).get('q').split(',').map(Number);
  close(await readout(page, 'gibbs-gap'), klRef([0.5, 0.3, 0.2], q));
  // Both figures follow the edit: the ratio q₁/p₁ = 1.2 is marked, the bars are redrawn.
  assert.match(await plotLabel(), /1: 1[.,]2\b/);
  assert.notEqual(await pixels(), pixelsBefore);
  await page.click('[data-testid="p-more"]');
  await page.waitForFunction(() => new URLSearchParams(location.hash.split('?')[1]).get('q').split(',').length === 4);
  assert.equal((await hashParams(page)).get('p').split(',').length, 4);
  noErrors(page);
});

test('Gibbs: steps advance from the keyboard and the URL keeps the step', async () => {
  const page = await newPage(browser);
  await open(page, 'gibbs');
  assert.ok(await page.isHidden('[data-testid="step-2"]'));
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('[data-testid="step-2"]', { state: 'visible' });
  assert.equal((await hashParams(page)).get('step'), '2');
  await page.click('[data-testid="all-steps"]');
  assert.equal((await hashParams(page)).get('step'), '7');
  await page.keyboard.press('ArrowLeft');
  assert.equal((await hashParams(page)).get('step'), '6');
  noErrors(page);
});

test('KL: both directions against the reference, ∞ with its reason, swap, Gaussians', async () => {
  const page = await newPage(browser);
  for (const [p, q] of [[[0.5, 0.5], [0.25, 0.75]], [[0.1, 0.6, 0.3], [0.3, 0.3, 0.4]], [[0, 0.4, 0.6], [0.5, 0.25, 0.25]]]) {
    await open(page, `kl?p=${p}&q=${q}`);
    same(await readout(page, 'kl-pq'), klRef(p, q));
    same(await readout(page, 'kl-qp'), klRef(q, p));
  }
  // p = (0, 0.4, 0.6): D_KL(Q‖P) = ∞ because p₁ = 0 < q₁.
  assert.equal(await readout(page, 'kl-qp'), Infinity);
  assert.ok(await page.isVisible('[data-testid="kl-qp-infinite"]'));
  assert.equal(await page.isVisible('[data-testid="kl-pq-infinite"]'), false);
  await open(page, 'kl?p=0.5,0.5&q=1,0&unit=bits');
  assert.equal(await readout(page, 'kl-pq'), Infinity);
  close(await readout(page, 'kl-qp'), 1); // log₂ 2
  assert.match(await page.textContent('[data-testid="kl-pq"]'), /∞/);
  await screenshot(page, 'kl-infinite');
  await page.click('[data-testid="swap"]');
  await waitReadout(page, 'kl-qp', (v) => v === Infinity);
  close(await readout(page, 'kl-pq'), 1);
  // Gaussians from the URL, both directions.
  await open(page, 'kl?gp=0:1&gq=1:1');
  close(await readout(page, 'kl-gauss-pq'), 0.5);
  await open(page, 'kl?gp=0.5:0.8&gq=-1:2');
  close(await readout(page, 'kl-gauss-pq'), klGaussRef(0.5, 0.8, -1, 2));
  close(await readout(page, 'kl-gauss-qp'), klGaussRef(-1, 2, 0.5, 0.8));
  // A slider moves a mean and the URL follows.
  await page.fill('[data-testid="gq-mu"]', '0.5');
  await page.waitForFunction(() => location.hash.includes('gq=0.5:2'));
  close(await readout(page, 'kl-gauss-pq'), klGaussRef(0.5, 0.8, 0.5, 2));
  noErrors(page);
});

test('JS: readouts, the log 2 bound, units, and the triangle of √JS', async () => {
  const page = await newPage(browser);
  const [p, q, r] = [[0.6, 0.3, 0.1], [0.2, 0.5, 0.3], [0.1, 0.2, 0.7]];
  await open(page, `js?p=${p}&q=${q}&r=${r}`);
  close(await readout(page, 'js-pq'), jsRef(p, q));
  close(await readout(page, 'sqrt-js-pq'), Math.sqrt(jsRef(p, q)));
  close(await readout(page, 'sqrt-js-qr'), Math.sqrt(jsRef(q, r)));
  close(await readout(page, 'sqrt-js-pr'), Math.sqrt(jsRef(p, r)));
  await open(page, 'js?p=1,0&q=0,1&r=0.5,0.5');
  close(await readout(page, 'js-pq'), LN2);
  await open(page, 'js?p=1,0&q=0,1&r=0.5,0.5&unit=bits');
  close(await readout(page, 'js-pq'), 1);
  close(await readout(page, 'sqrt-js-pq'), 1);
  await open(page, 'js?p=0.3,0.7&q=0.3,0.7&r=0.5,0.5');
  assert.equal(await readout(page, 'js-pq'), 0);
  await screenshot(page, 'js');
  noErrors(page);
});

test('JS: the counterexample search finds none for √JS and some for JS and symmetrised KL', async () => {
  const page = await newPage(browser);
  await open(page, 'js?step=7');
  await page.click('[data-testid="search-start"]');
  await waitReadout(page, 'search-tried', (v) => v >= 40000, 60000);
  await page.waitForSelector('[data-testid="search-verdict"]');
  assert.equal(await readout(page, 'violations-sqrt-js'), 0);
  assert.ok(await readout(page, 'violations-js') > 0);
  assert.ok(await readout(page, 'violations-sym-kl') > 0);
  await screenshot(page, 'js-search');
  // The worst JS counterexample loads into the editors and really breaks JS's triangle.
  await page.click('[data-testid="load-js"]');
  await page.waitForFunction(() => location.hash.includes('r='));
  const h = await hashParams(page);
  const [P, Q, R] = ['p', 'q', 'r'].map((k) => h.get(k).split(',').map(Number));
  const d = [[P, R], [P, Q], [Q, R]].map(([a, b]) => jsRef(a, b));
  assert.ok(d[0] > d[1] + d[2], `JS(P,R) = ${d[0]} > ${d[1]} + ${d[2]}`);
  assert.ok(Math.sqrt(d[0]) <= Math.sqrt(d[1]) + Math.sqrt(d[2]) + 1e-12);
  // Leaving the page mid-search, and starting twice, stay quiet.
  await page.click('[data-testid="search-start"]');
  await page.click('[data-testid="search-stop"]');
  await page.click('[data-testid="search-start"]');
  await page.evaluate(() => { location.hash = '#/kl'; });
  await page.waitForSelector('[data-testid="lesson-kl"]');
  // The search checks a chunk per animation frame: a search left running would have run on.
  await frames(page, 20);
  noErrors(page);
});

test('exercises: a right number, a wrong one, a choice, a construction; kept across reloads; reset', async () => {
  const page = await newPage(browser);
  await openFresh(page, 'gibbs', 'lang=en');
  const ex = (id) => `[data-testid="exercise-${id}"]`;
  await page.fill(`${ex('entropy-bits')} [data-testid="exercise-entropy-bits-input"]`, '2');
  await page.click('[data-testid="exercise-entropy-bits-check"]');
  await page.waitForSelector(`${ex('entropy-bits')}[data-state="tried"]`);
  assert.ok(await page.isVisible('[data-testid="exercise-entropy-bits-solution"]'), 'solution after a try');
  await page.fill('[data-testid="exercise-entropy-bits-input"]', 'abc');
  await page.click('[data-testid="exercise-entropy-bits-check"]');
  assert.match(await page.textContent('[data-testid="exercise-entropy-bits-feedback"]'), /number/);
  await page.fill('[data-testid="exercise-entropy-bits-input"]', '1,5');
  await page.click('[data-testid="exercise-entropy-bits-check"]');
  await page.waitForSelector(`${ex('entropy-bits')}[data-state="solved"]`);
  // Choice: a wrong set, then the right one.
  await page.check('[data-testid="exercise-equality-option-2"]');
  await page.click('[data-testid="exercise-equality-check"]');
  await page.waitForSelector(`${ex('equality')}[data-state="tried"]`);
  await page.uncheck('[data-testid="exercise-equality-option-2"]');
  await page.check('[data-testid="exercise-equality-option-0"]');
  await page.click('[data-testid="exercise-equality-check"]');
  await page.waitForSelector(`${ex('equality')}[data-state="solved"]`);
  // Construction: not yet with the defaults, done once q misses p's mass.
  await page.click('[data-testid="exercise-infinite-gap-check"]');
  await page.waitForSelector(`${ex('infinite-gap')}[data-state="tried"]`);
  await open(page, 'gibbs?lang=en&p=0.5,0.5,0&q=1,0,0');
  await page.click('[data-testid="exercise-infinite-gap-check"]');
  await page.waitForSelector(`${ex('infinite-gap')}[data-state="solved"]`);
  assert.equal(await readout(page, 'exercise-progress'), 3);
  await screenshot(page, 'gibbs-exercises');
  await page.reload();
  await page.waitForSelector(`${ex('entropy-bits')}[data-state="solved"]`);
  assert.equal(await readout(page, 'exercise-progress'), 3);
  await page.click('[data-testid="exercises-reset"]');
  await page.waitForSelector(`${ex('entropy-bits')}[data-state="new"]`);
  assert.equal(await readout(page, 'exercise-progress'), 0);
  noErrors(page);
});

test('bad links: different lengths, negatives, text and a sum off 1 give notices and a way back', async () => {
  const page = await newPage(browser);
  await open(page, 'kl?p=0.5,0.5&q=0.2,0.3,0.5');
  await page.waitForSelector('[data-testid="notices"]');
  close(await readout(page, 'kl-pq'), klRef([0.5, 0.5], [0.25, 0.75]));
  await open(page, 'js?p=-1,2&q=abc&r=1,1');
  await page.waitForSelector('[data-testid="notices"]');
  close(await readout(page, 'sqrt-js-qr'), Math.sqrt(jsRef([0.1, 0.7, 0.2], [0.1, 0.2, 0.7])));
  await open(page, 'gibbs?p=1,1,2&q=1,1,2&step=99&unit=furlongs&gp=x');
  await page.waitForSelector('[data-testid="notices"]');
  close(await readout(page, 'entropy'), entropyRef([0.25, 0.25, 0.5]));
  await open(page, 'kl?gp=0:0');
  await page.waitForSelector('[data-testid="notices"]');
  close(await readout(page, 'kl-gauss-pq'), klGaussRef(0, 1, 1, 1.5));
  await page.click('[data-testid="notices"] button');
  await page.waitForFunction(() => !location.hash.includes('gp='));
  noErrors(page);
});
