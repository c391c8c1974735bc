// Issue 16 (teaching text) in the entropy, Gibbs, KL and JS lessons: the corrected statements,
// the corrected exercises (each must refuse what was wrongly accepted or asked before), the new
// JS step with the classic counterexample P = (1, 0), Q = (½, ½), R = (0, 1), the lecturer's
// additions (log = ln, bits; why a one-hot entropy of 0 matters), the Russian terms, and figure
// text alternatives that name their axes in the page's language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, newPage, open, readout, waitReadout, hashParams, screenshot, noErrors, close, openFresh,
} from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const LN2 = Math.log(2);
const JS_HALF = 0.75 * Math.log(4 / 3); // D_JS((1, 0) ‖ (½, ½)) = ¾ log(4/3) ≈ 0.216
const ex = (id) => `[data-testid="exercise-${id}"]`;
const text = async (page, selector) => (await page.textContent(selector)) ?? '';
const alt = async (page, name) => (await page.getAttribute(`[data-testid="${name}"]`, 'aria-label')) ?? '';

/** Presses "Check" on exercise `id` and waits for its verdict (`right` / `wrong`) and, if
 * given, for the feedback to match `says` (a repeated verdict re-renders only its text). */
async function check(page, id, verdict, says) {
  await page.click(`[data-testid="exercise-${id}-check"]`);
  const feedback = `[data-testid="exercise-${id}-feedback"]`;
  await page.waitForSelector(`${feedback}[data-verdict="${verdict}"]`);
  if (says) {
    await page.waitForFunction(
      ([sel, src]) => new RegExp(src).test(document.querySelector(sel)?.textContent ?? ''),
      [feedback, says.source],
    );
  }
}

/** Ticks exactly the options `js` of choice exercise `id`, out of `n`. */
async function tick(page, id, n, js) {
  for (let j = 0; j < n; j++) {
    const box = `[data-testid="exercise-${id}-option-${j}"]`;
    if (js.includes(j)) await page.check(box); else await page.uncheck(box);
  }
}

/** Opens `slug?query` with no exercise progress kept from an earlier test. */
const freshProgress = (page, hash) => openFresh(page, ...hash.split('?'));

test('JS step 4: the classic counterexample, in the editors by URL and by its button', async () => {
  const page = await newPage(browser);
  await open(page, 'js?p=1,0&q=0.5,0.5&r=0,1&lang=en&step=4');
  assert.ok(await page.isVisible('[data-testid="step-4"]'));
  assert.equal(await page.isVisible('[data-testid="step-5"]'), false);
  const step4 = await text(page, '[data-testid="step-4"]');
  assert.match(step4, /classic counterexample/);
  assert.match(step4, /squared distance/);
  assert.match(step4, /0\.693/);
  assert.match(step4, /0\.432/);
  // The readouts show it: JS breaks the triangle inequality, √JS keeps it.
  close(await readout(page, 'js-pr'), LN2);
  close(await readout(page, 'js-pq'), JS_HALF);
  close(await readout(page, 'js-qr'), JS_HALF);
  const [pq, qr, pr] = [await readout(page, 'js-pq'), await readout(page, 'js-qr'), await readout(page, 'js-pr')];
  assert.ok(pr > pq + qr, `JS(P‖R) = ${pr} > ${pq} + ${qr}`);
  const [spq, sqr, spr] = [
    await readout(page, 'sqrt-js-pq'), await readout(page, 'sqrt-js-qr'), await readout(page, 'sqrt-js-pr'),
  ];
  close(spr, Math.sqrt(LN2));
  assert.ok(spr <= spq + sqr, `√JS(P‖R) = ${spr} ≤ ${spq} + ${sqr}`);
  // The button of the step loads the same triple into the editors, keeping the step.
  await open(page, 'js?lang=en&step=4');
  await page.click('[data-testid="load-classic"]');
  await page.waitForFunction(() => location.hash.includes('r=0,1'));
  const h = await hashParams(page);
  assert.deepEqual(['p', 'q', 'r', 'step'].map((k) => h.get(k)), ['1,0', '0.5,0.5', '0,1', '4']);
  await waitReadout(page, 'js-pr', (v) => Math.abs(v - LN2) < 1e-12);
  close(await readout(page, 'js-pq'), JS_HALF);
  await screenshot(page, 'js-classic-counterexample');
  noErrors(page);
});

test('JS: seven steps; the triangle step cites the proof and no longer ends with ∎', async () => {
  const page = await newPage(browser);
  for (const lang of ['en', 'ru']) {
    await open(page, `js?lang=${lang}`);
    await page.click('[data-testid="all-steps"]');
    assert.equal((await hashParams(page)).get('step'), '7');
    assert.ok(await page.isVisible('[data-testid="step-7"]'));
    assert.equal(await page.$('[data-testid="step-8"]'), null);
    const last = await text(page, '[data-testid="step-7"]');
    assert.ok(!last.includes('∎'), `${lang}: a random search is no proof: ${last}`);
    assert.match(last, /Endres/);
    assert.match(last, /2003/);
    assert.match(last, lang === 'en' ? /won't find one/ : /не найдёте/);
    // The theorem is step 5 now, after the counterexample.
    assert.match(await text(page, '[data-testid="step-5"]'), lang === 'en' ? /Theorem/ : /Теорема/);
  }
  noErrors(page);
});

test('JS exercise: the triangle break must have no zeros, so the classic triple is refused', async () => {
  const page = await newPage(browser);
  await freshProgress(page, 'js?lang=en&p=1,0&q=0.5,0.5&r=0,1');
  // JS breaks the triangle here, but with zeros: refused, and the feedback says why.
  await check(page, 'js-triangle-positive', 'wrong', /probability is 0/);
  // All positive, but the inequality holds (the defaults keep JS's triangle).
  await open(page, 'js?lang=en');
  await check(page, 'js-triangle-positive', 'wrong', /D_JS\(P‖R\) ≤/);
  await open(page, 'js?lang=en&p=0.9,0.1&q=0.5,0.5&r=0.1,0.9');
  await check(page, 'js-triangle-positive', 'right');
  await page.waitForSelector(`${ex('js-triangle-positive')}[data-state="solved"]`);
  // Which are metrics: only √JS (JS fails step 4's example).
  await tick(page, 'which-metrics', 3, [1, 2]);
  await check(page, 'which-metrics', 'wrong');
  await tick(page, 'which-metrics', 3, [2]);
  await check(page, 'which-metrics', 'right');
  assert.equal(await readout(page, 'exercise-progress'), 2);
  noErrors(page);
});

test('KL exercise: "+∞" is right only as "for some P, Q"; the hint no longer claims the playground shows a triangle', async () => {
  const page = await newPage(browser);
  for (const lang of ['en', 'ru']) {
    await freshProgress(page, `kl?lang=${lang}`);
    const id = 'kl-properties';
    const prompt = await text(page, `${ex(id)} .exercise-prompt`);
    assert.ok(!/every pair|при любых/.test(prompt), `${lang}: ${prompt}`);
    const option = (j) => text(page, `label:has([data-testid="exercise-${id}-option-${j}"])`);
    assert.match(await option(2), lang === 'en' ? /for some/ : /при некоторых/);
    assert.match(await option(0), lang === 'en' ? /for all/ : /при любых/);
    assert.match(await option(3), lang === 'en' ? /for all/ : /при любых/);
    const hint = await text(page, `[data-testid="exercise-${id}-hint-text"]`);
    assert.ok(!/shows two others failing|ломаются прямо в песочнице/.test(hint), hint);
    assert.match(hint, lang === 'en' ? /three distributions/ : /три распределения/);
    // Exactly non-negativity and "+∞ for some pair".
    await tick(page, id, 4, [0]);
    await check(page, id, 'wrong');
    await tick(page, id, 4, [0, 2, 3]);
    await check(page, id, 'wrong');
    await tick(page, id, 4, [0, 2]);
    await check(page, id, 'right');
  }
  noErrors(page);
});

test('KL text: S is a set of distributions, (1) is redundant, and "in general" is prose in each language', async () => {
  const page = await newPage(browser);
  await open(page, 'kl?lang=en&step=5');
  const def = await text(page, '[data-testid="step-1"]');
  assert.match(def, /set of probability distributions on a common space/);
  assert.match(def, /condition \(1\) holds by itself/);
  assert.match(await text(page, '[data-testid="step-4"] p'), /in general/);
  await open(page, 'kl?lang=ru&step=5');
  const defRu = await text(page, '[data-testid="step-1"]');
  assert.match(defRu, /множество распределений вероятностей на одном и том же пространстве/);
  assert.match(defRu, /само собой/);
  const step4 = await text(page, '[data-testid="step-4"]');
  assert.match(step4, /в общем случае/);
  assert.ok(!/in general/.test(await page.innerText('[data-testid="step-4"]')), step4);
  // The figures' text alternatives name their axes; the amount agrees with its number.
  const gauss = await alt(page, 'plot-gauss');
  assert.match(gauss, /Ось x: x; ось y: плотность/);
  assert.match(gauss, /D_KL\(P‖Q\) = 0,\d+ ната/);
  assert.match(await alt(page, 'plot-kl-terms'), /Ось x: исход x; ось y: вклад, нат/);
  noErrors(page);
});

test('Gibbs: «зазор», never «разрыв»; no over-claim; a one-hot p makes the cross-entropy the gap', async () => {
  const page = await newPage(browser);
  for (const slug of ['gibbs', 'kl', 'entropy']) {
    await open(page, `${slug}?lang=ru&step=5`);
    const main = await text(page, 'main');
    assert.ok(!/разрыв/i.test(main), `${slug}: «разрыв» is a discontinuity`);
    assert.match(main, /зазор/i);
  }
  assert.match(await text(page, 'nav'), /функция близости Кульбака–Лейблера неотрицательна/);
  await open(page, 'gibbs?lang=en&p=0,1,0&q=0.2,0.5,0.3');
  assert.ok(!/behind every divergence/.test(await text(page, 'nav')));
  assert.ok(await page.isVisible('[data-testid="one-hot-p"]'));
  assert.equal(await readout(page, 'entropy'), 0);
  close(await readout(page, 'cross-entropy'), -Math.log(0.5));
  close(await readout(page, 'gibbs-gap'), -Math.log(0.5));
  await open(page, 'gibbs?lang=en');
  assert.equal(await page.isVisible('[data-testid="one-hot-p"]'), false);
  assert.match(await alt(page, 'plot-terms'), /x axis: index i; y axis: term \(nats\)/);
  assert.match(await alt(page, 'plot-bound'), /x axis: x; y axis/);
  noErrors(page);
});

test('entropy: log = ln and bits at first use; why H = 0 matters; the limit caption is right', async () => {
  const page = await newPage(browser);
  await open(page, 'entropy?lang=en&step=6');
  const step2 = await text(page, '[data-testid="step-2"]');
  assert.match(step2, /natural logarithm/);
  assert.match(step2, /1\.386/);
  assert.match(step2, /−2 bits|-2 bits|2\s*bits/);
  const why = await text(page, '[data-testid="why-one-hot"]');
  assert.match(why, /cross-entropy/);
  assert.match(why, /classification loss/);
  const caption = await text(page, '[data-testid="lesson-entropy"] section.limit figcaption');
  assert.ok(!/x falls faster/.test(caption), caption);
  assert.match(caption, /more slowly than 1\/x/);
  assert.match(await alt(page, 'plot-terms'), /x axis: x; y axis: −x·ln x/);
  assert.match(await alt(page, 'plot-limit'), /x axis: x, logarithmic scale/);
  await open(page, 'entropy?lang=ru&step=6');
  const main = await page.innerText('main');
  assert.ok(!/one-hot/i.test(main), 'no English term in the Russian lesson');
  assert.match(await text(page, '[data-testid="step-2"]'), /1,386/);
  assert.match(await text(page, '[data-testid="why-one-hot"]'), /перекрёстн/);
  assert.match(await text(page, '[data-testid="lesson-entropy"] section.limit figcaption'), /медленнее, чем 1\/x/);
  assert.match(await alt(page, 'plot-terms'), /Ось x: x; ось y: −x·ln x/);
  assert.match(await alt(page, 'plot-terms'), /H\(p\) = 1,0\d+ ната/);
  await screenshot(page, 'entropy-why-ru');
  noErrors(page);
});

test('the four lessons: no Cyrillic in English, decimal commas and named axes in Russian', async () => {
  const page = await newPage(browser);
  const labels = () => page.$$eval('main [aria-label]', (els) => els.map((e) => e.getAttribute('aria-label')).join('\n'));
  for (const slug of ['entropy', 'gibbs', 'kl', 'js']) {
    await open(page, `${slug}?lang=en&step=1`);
    await page.click('[data-testid="all-steps"]');
    const en = `${await page.innerText('main')}\n${await labels()}`;
    const cyr = en.match(/[А-Яа-яЁё]+/g);
    assert.equal(cyr, null, `${slug}: Cyrillic in English mode: ${cyr}`);
    await open(page, `${slug}?lang=ru&step=1`);
    await page.click('[data-testid="all-steps"]');
    const ru = `${await page.innerText('main')}\n${await labels()}`;
    for (const word of ['divergence', 'one-hot', 'in general', 'nats', 'bits', 'probability']) {
      assert.ok(!ru.includes(word), `${slug}: «${word}» in Russian mode`);
    }
    assert.match(await labels(), /Ось x/);
  }
  // Russian numbers in the JS figures' text alternatives and the search's worst triples.
  await open(page, 'js?lang=ru&p=0.25,0.75&q=0.5,0.5&r=0.75,0.25');
  assert.match(await alt(page, 'plot-triangle'), /d\(P,Q\) = 0,\d+/);
  assert.match(await alt(page, 'plot-mixture'), /Ось x: исход; ось y: вероятность\. .*0,25/);
  noErrors(page);
});
