// The VAE lesson (#/vae-theory) as a user works it: the exact gradient and the KL to the prior
// against independent closed forms written here (not the app's code), the estimators against
// the exact value, the scheme's trick toggle, the controls and the URL, the exercises and bad
// links.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, newPage, open, readout, waitReadout, hashParams, screenshot, noErrors, close, openFresh,
} from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

// ∂/∂μ E[f(z)], z ~ N(μ, σ²): f = (z − c)² gives 2(μ − c); f = sin z gives cos μ · e^(−σ²/2).
const gradRef = ({ f = 'square', mu = 0.5, sigma = 1, c = 1 }) => (f === 'sin'
  ? Math.cos(mu) * Math.exp(-0.5 * sigma * sigma)
  : 2 * (mu - c));
// KL(N(μ, σ²) ‖ N(0, 1)) = ½(μ² + σ² − 1 − ln σ²).
const klRef = (mu, sigma) => 0.5 * (mu * mu + sigma * sigma - 1 - Math.log(sigma * sigma));
const ESTIMATORS = ['pathwise', 'score', 'score-baseline', 'fd'];
const REPEATS = 200;
const query = (o) => Object.entries(o).map(([k, v]) => `${k}=${v}`).join('&');

test('VAE: the exact gradient and KL match closed forms; every estimator is unbiased', async () => {
  const page = await newPage(browser);
  const cases = [
    {},
    { f: 'sin', mu: 0.7, sigma: 1.3, n: 50, seed: 3 },
    { mu: 2, c: -1, sigma: 1, n: 100, seed: 1 },
    { f: 'sin', mu: -2, sigma: 0.4, n: 400, seed: 7 },
  ];
  for (const o of cases) {
    await open(page, `vae-theory?${query(o)}`);
    await page.waitForSelector('[data-testid="lesson-vae-theory"]');
    assert.equal(await page.isVisible('[data-testid="notices"]'), false);
    const exact = await readout(page, 'grad-exact');
    close(exact, gradRef(o));
    close(await readout(page, 'kl-prior'), klRef(o.mu ?? 0.5, o.sigma ?? 1));
    for (const e of ESTIMATORS) {
      const [mean, std, one] = [await readout(page, `mean-${e}`), await readout(page, `std-${e}`), await readout(page, `grad-${e}`)];
      assert.ok(Number.isFinite(one), `grad-${e} = ${one}`);
      assert.ok(std > 0, `std-${e} = ${std}`);
      const se = std / Math.sqrt(REPEATS);
      assert.ok(Math.abs(mean - exact) <= 4 * se + 1e-9, `${JSON.stringify(o)} ${e}: ${mean} ± ${se} vs ${exact}`);
    }
  }
  noErrors(page);
});

test('VAE: for (z − c)² the pathwise spread is far below the score function’s; differences equal pathwise', async () => {
  const page = await newPage(browser);
  await open(page, 'vae-theory?mu=2&c=-1&sigma=1&n=100&seed=1');
  const s = {};
  for (const e of ESTIMATORS) s[e] = await readout(page, `std-${e}`);
  assert.ok(s.score > 4 * s.pathwise, `score ${s.score} vs pathwise ${s.pathwise}`);
  assert.ok(s['score-baseline'] < s.score && s['score-baseline'] > s.pathwise, JSON.stringify(s));
  // Central differences are exact for a quadratic: the pathwise numbers, draw by draw.
  close(s.fd, s.pathwise, 1e-6);
  close(await readout(page, 'grad-fd'), await readout(page, 'grad-pathwise'), 1e-6);
  // The pathwise spread is 2σ/√n (within the sampling error of 200 repeats).
  assert.ok(Math.abs(s.pathwise / (2 / Math.sqrt(100)) - 1) < 0.2, `${s.pathwise}`);
  await screenshot(page, 'vae-theory-estimators');
  noErrors(page);
});

test('VAE: the trick toggle flips the scheme and the URL; steps light the scheme', async () => {
  const page = await newPage(browser);
  await open(page, 'vae-theory?lang=en');
  const scheme = '[data-testid="vae-scheme"]';
  assert.equal(await page.getAttribute(scheme, 'data-trick'), '1');
  assert.equal(await page.getAttribute(scheme, 'role'), 'img');
  assert.match(await page.getAttribute(scheme, 'aria-label'), /reparametrization trick/);
  assert.ok(await page.isVisible('[data-testid="scheme-noise"]'), 'ε sits aside with the trick');
  assert.ok(await page.isVisible('[data-testid="scheme-grad-through-z"]'));
  assert.equal(await page.isVisible('[data-testid="scheme-blocked"]'), false);
  assert.ok(await page.isChecked('[data-testid="trick-toggle"]'));
  await page.click('[data-testid="trick-toggle"]');
  await page.waitForFunction(() => location.hash.includes('trick=0'));
  assert.equal(await page.getAttribute(scheme, 'data-trick'), '0');
  assert.ok(await page.isVisible('[data-testid="scheme-blocked"]'), 'the red node blocks backprop');
  assert.equal(await page.isVisible('[data-testid="scheme-noise"]'), false);
  assert.equal(await page.isVisible('[data-testid="scheme-grad-through-z"]'), false);
  assert.match(await page.getAttribute(scheme, 'aria-label'), /without the trick/);
  await screenshot(page, 'vae-theory-no-trick');
  // The keyboard toggles it back (Space on the focused checkbox).
  await page.focus('[data-testid="trick-toggle"]');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => location.hash.includes('trick=1'));
  assert.equal(await page.getAttribute(scheme, 'data-trick'), '1');
  // A link restores the toggle; step 4 lights the sampling node.
  await open(page, 'vae-theory?trick=0&step=4');
  assert.equal(await page.getAttribute(scheme, 'data-trick'), '0');
  assert.equal(await page.isChecked('[data-testid="trick-toggle"]'), false);
  assert.match(await page.getAttribute('[data-testid="scheme-z"]', 'class'), /\bcue\b/);
  assert.ok(await page.isVisible('[data-testid="step-4"]'));
  assert.ok(await page.isHidden('[data-testid="step-5"]'));
  // Step keys are left to a focused control: take the focus off the checkbox first.
  await page.evaluate(() => document.activeElement?.blur());
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => location.hash.includes('step=5'));
  assert.match(await page.getAttribute('[data-testid="scheme-noise"]', 'class'), /\bcue\b/);
  await page.click('[data-testid="all-steps"]');
  assert.equal((await hashParams(page)).get('step'), '7');
  assert.match(await page.getAttribute('[data-testid="generation"]', 'class'), /\bcue\b/);
  noErrors(page);
});

test('VAE: controls rewrite the URL and the readouts follow', async () => {
  const page = await newPage(browser);
  await open(page, 'vae-theory');
  close(await readout(page, 'grad-exact'), -1);
  // μ slider.
  await page.fill('[data-testid="mu-input"]', '1.5');
  await page.waitForFunction(() => location.hash.includes('mu=1.5'));
  close(await readout(page, 'grad-exact'), gradRef({ mu: 1.5 }));
  close(await readout(page, 'kl-prior'), klRef(1.5, 1));
  // σ and c sliders.
  await page.fill('[data-testid="sigma-input"]', '0.5');
  await page.waitForFunction(() => location.hash.includes('sigma=0.5'));
  await page.fill('[data-testid="c-input"]', '-2');
  await page.waitForFunction(() => location.hash.includes('c=-2'));
  close(await readout(page, 'grad-exact'), gradRef({ mu: 1.5, sigma: 0.5, c: -2 }));
  close(await readout(page, 'kl-prior'), klRef(1.5, 0.5));
  // The test function.
  await page.selectOption('[data-testid="f-select"]', 'sin');
  await page.waitForFunction(() => location.hash.includes('f=sin'));
  close(await readout(page, 'grad-exact'), gradRef({ f: 'sin', mu: 1.5, sigma: 0.5 }));
  // n, typed (the URL on change).
  await page.fill('[data-testid="n-input"]', '400');
  await page.press('[data-testid="n-input"]', 'Tab');
  await page.waitForFunction(() => location.hash.includes('n=400'));
  // Resample: a new seed, a new batch, the same exact value.
  const before = await readout(page, 'grad-pathwise');
  assert.equal(await readout(page, 'seed'), 1);
  await page.click('[data-testid="resample"]');
  await page.waitForFunction(() => location.hash.includes('seed=2'));
  await waitReadout(page, 'seed', (v) => v === 2);
  assert.notEqual(await readout(page, 'grad-pathwise'), before);
  close(await readout(page, 'grad-exact'), gradRef({ f: 'sin', mu: 1.5, sigma: 0.5 }));
  const h = await hashParams(page);
  assert.deepEqual(['f', 'mu', 'sigma', 'c', 'n', 'seed'].map((k) => h.get(k)), ['sin', '1.5', '0.5', '-2', '400', '2']);
  // The address restores exactly what was shown.
  const shown = await readout(page, 'grad-score');
  await page.reload();
  await page.waitForSelector('[data-testid="lesson-vae-theory"]');
  assert.equal(await readout(page, 'grad-score'), shown);
  noErrors(page);
});

test('VAE: exercises — a number, a choice and the construction', async () => {
  const page = await newPage(browser);
  await openFresh(page, 'vae-theory', 'lang=en');
  const ex = (id) => `[data-testid="exercise-${id}"]`;
  await page.fill('[data-testid="exercise-grad-value-input"]', '-1');
  await page.click('[data-testid="exercise-grad-value-check"]');
  await page.waitForSelector(`${ex('grad-value')}[data-state="solved"]`);
  await page.check('[data-testid="exercise-generation-prior-option-1"]');
  await page.click('[data-testid="exercise-generation-prior-check"]');
  await page.waitForSelector(`${ex('generation-prior')}[data-state="solved"]`);
  await page.check('[data-testid="exercise-lowest-spread-option-0"]');
  await page.click('[data-testid="exercise-lowest-spread-check"]');
  await page.waitForSelector(`${ex('lowest-spread')}[data-state="tried"]`);
  await page.check('[data-testid="exercise-lowest-spread-option-3"]');
  await page.click('[data-testid="exercise-lowest-spread-check"]');
  await page.waitForSelector(`${ex('lowest-spread')}[data-state="solved"]`);
  // Construction: not with the defaults, done with μ far from c.
  await page.click('[data-testid="exercise-noisy-score-check"]');
  await page.waitForSelector(`${ex('noisy-score')}[data-state="tried"]`);
  await open(page, 'vae-theory?lang=en&mu=3&c=-3&sigma=1');
  assert.ok(await readout(page, 'std-score') >= 10 * await readout(page, 'std-pathwise'));
  await page.click('[data-testid="exercise-noisy-score-check"]');
  await page.waitForSelector(`${ex('noisy-score')}[data-state="solved"]`);
  assert.equal(await readout(page, 'exercise-progress'), 4);
  await page.click('[data-testid="exercises-reset"]');
  await page.waitForSelector(`${ex('grad-value')}[data-state="new"]`);
  noErrors(page);
});

test('VAE: bad links give notices, the defaults, and a working "Reset to defaults"', async () => {
  const page = await newPage(browser);
  await open(page, 'vae-theory?trick=maybe&f=cos&mu=abc&sigma=0&c=9&n=1&seed=-1&step=99&lang=en');
  await page.waitForSelector('[data-testid="notices"]');
  assert.equal(await page.locator('[data-testid="notice"]').count(), 8);
  close(await readout(page, 'grad-exact'), -1);
  close(await readout(page, 'kl-prior'), klRef(0.5, 1));
  assert.equal(await page.getAttribute('[data-testid="vae-scheme"]', 'data-trick'), '1');
  assert.equal(await readout(page, 'seed'), 1);
  await screenshot(page, 'vae-theory-notices');
  await page.click('[data-testid="reset-defaults"]');
  await page.waitForSelector('[data-testid="notices"]', { state: 'detached' });
  const h = await hashParams(page);
  for (const k of ['trick', 'f', 'mu', 'sigma', 'c', 'n', 'seed', 'step']) assert.equal(h.get(k), null, k);
  assert.equal(h.get('lang'), 'en');
  // A typed n out of range is a bad value too: notice, default, and the rest kept.
  await open(page, 'vae-theory?mu=1');
  await page.fill('[data-testid="n-input"]', '50000');
  await page.press('[data-testid="n-input"]', 'Tab');
  await page.waitForSelector('[data-testid="notices"]');
  close(await readout(page, 'grad-exact'), gradRef({ mu: 1 }));
  await page.click('[data-testid="reset-defaults"]');
  await page.waitForFunction(() => !location.hash.includes('n=') && !location.hash.includes('mu='));
  close(await readout(page, 'grad-exact'), -1);
  noErrors(page);
});
