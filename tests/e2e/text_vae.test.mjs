// Issue 16 on the VAE pages (#/vae-theory, #/vae-lab): every word in the page's language
// (Russian terms: «функция вклада», «обратное распространение ошибки», «зерно», «батч»,
// «образцы», «коллапс апостериорного распределения»; no "backprop", "seed", "f64"), numbers in
// the page's notation, figure text alternatives that name the axes and give the current numbers,
// captions true to the figures (the ELBO's −KL is red and dashed), the corrected statements (a
// baseline helps only when suitable; ignoring z is one optimum of many on a single Gaussian),
// the corrected and added exercises, and decimal inputs that take "0,5".
//
// Scope: only what the VAE pages' own files write (the lesson's and the lab's texts, captions,
// figure labels and settings); the shared widgets are checked by the app-wide language test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, newPage, open, openLesson, readout, waitReadout, hashParams, screenshot, noErrors, waitStatus, openFresh,
} from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

/** Latin words a Russian VAE page may show: names, abbreviations, the seminar's Enc and Dec,
 * operator names; single letters are symbols. (The app-wide list is tests/e2e/latin_ok.txt.) */
const LATIN_OK = new Set([
  'VAE', 'ELBO', 'KL', 'Enc', 'Dec', 'const', 'log', 'ln', 'exp', 'sin', 'cos', 'tanh', 'ReLU',
  'Adam', 'Kingma', 'Welling', 'p_data', 'CPU',
]);
const latinOk = (w) => LATIN_OK.has(w) || w.split(/[_0-9]+/).every((p) => p.length <= 1 || LATIN_OK.has(p));
/** The Latin words of `s` that a Russian page must not show. */
const foreignWords = (s) => (s.match(/[A-Za-z0-9_]+/g) ?? []).filter((w) => /[A-Za-z]/.test(w) && !latinOk(w));

/** Text of the page's own parts (`selectors`), hidden parts included, formulas left out (their
 * words are checked natively), with the text alternatives of its figures. */
async function ownText(page, selectors) {
  return page.evaluate((selectors) => {
    const parts = [];
    for (const sel of selectors) {
      for (const el of document.querySelectorAll(sel)) {
        const copy = el.cloneNode(true);
        copy.querySelectorAll('math, .math, code, pre, textarea, [lang="en"]').forEach((m) => m.remove());
        // Text nodes joined by spaces: <option>s have none between them ("ReLUReLU").
        const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
        const texts = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n.nodeValue);
        parts.push(texts.join(' '));
        for (const img of el.querySelectorAll('[role="img"][aria-label]')) parts.push(img.getAttribute('aria-label'));
        if (el.matches('[role="img"][aria-label]')) parts.push(el.getAttribute('aria-label'));
      }
    }
    return parts.join('\n');
  }, selectors);
}

/** The whole visible text of the lesson and of its contents entry (formulas included). */
async function visibleText(page, slug) {
  return page.evaluate((slug) => {
    const article = document.querySelector(`[data-testid="lesson-${slug}"]`)?.innerText ?? '';
    const toc = document.querySelector(`[data-testid="toc-${slug}"]`)?.parentElement?.innerText ?? '';
    return `${article}\n${toc}`;
  }, slug);
}

const THEORY_PARTS = ['h1', '.lead', '.steps', '.vae-panel', '.exercise-prompt', '.exercise-option',
  '.exercise-hint', '.exercise-solution'];
const LAB_PARTS = ['h1', '.lead', '[data-testid="lesson-vae-lab"] > .readouts', '.vae-objective', '.lab-grid', '[data-testid="lab-data"]',
  '.try', '[data-testid="lesson-vae-lab"] > p.hint', '.lab-settings', '.exercise-prompt', '.exercise-option',
  '.exercise-hint', '.exercise-solution'];
const EN_WORDS = /\b(backprop|seed|f64|posterior collapse|loss|recon|samples?|divergence)\b/i;

test('VAE lesson in Russian: no English words, the seminar\'s terms, decimal commas', async () => {
  const page = await newPage(browser);
  await openLesson(page, 'vae-theory', 'lang=ru&step=7&trick=0');
  const all = await visibleText(page, 'vae-theory');
  assert.doesNotMatch(all, EN_WORDS, 'an English word on the Russian page');
  assert.doesNotMatch(all, /сэмпл|пачк|функци[яиюей] счёта|дивергенц/i);
  const own = await ownText(page, THEORY_PARTS);
  assert.deepEqual([...new Set(foreignWords(own))], [], own.slice(0, 400));
  assert.doesNotMatch(own, /\d\.\d/, 'a decimal point in Russian');
  // The score function is spelled out once, then short; the contents say it too.
  assert.match(all, /функци[июя] вклада \(градиент логарифма плотности\)/);
  const toc = await page.evaluate(() => document.querySelector('[data-testid="toc-vae-theory"]').parentElement.innerText);
  assert.match(toc, /обратному распространению ошибки/);
  assert.match(toc, /функцию вклада/);
  // The seed readout and the button, the batch.
  assert.match(await page.textContent('[data-testid="resample"]'), /зерно/);
  assert.match(own, /один батч/);
  // Without the trick the scheme's red note is Russian.
  assert.match(await page.textContent('[data-testid="scheme-blocked"]'), /градиент не проходит через z/);
  await screenshot(page, 'text-vae-theory-ru');
  noErrors(page);
});

test('VAE lesson in English: no Cyrillic; the baseline statement says "only a suitable one"', async () => {
  const page = await newPage(browser);
  await openLesson(page, 'vae-theory', 'lang=en&step=7');
  const own = await ownText(page, THEORY_PARTS);
  assert.doesNotMatch(own, /[\u0400-\u04FF]/, 'Cyrillic on the English page');
  assert.doesNotMatch(await visibleText(page, 'vae-theory'), /[\u0400-\u04FF]/);
  const step6 = await page.textContent('[data-testid="step-6"]');
  assert.doesNotMatch(step6, /keeps the score estimate unbiased and shrinks its spread/);
  assert.match(step6, /spreads more than no baseline at all/);
  assert.match(step6, /over the other draws/);
  assert.doesNotMatch(own, /\bf64\b/);
  assert.match(own, /double precision/);
  noErrors(page);
});

test('VAE lesson: the baseline exercise refuses "a baseline always helps"; lowest-spread refuses the baseline', async () => {
  const page = await newPage(browser);
  await openFresh(page, 'vae-theory', 'lang=en');
  const ex = (id) => `[data-testid="exercise-${id}"]`;
  /** The worked solution (rendered only once it is opened, after a try). */
  const solution = async (id) => {
    await page.click(`[data-testid="exercise-${id}-solution"]`);
    await page.waitForSelector(`[data-testid="exercise-${id}-solution-text"]:not([hidden])`);
    return page.textContent(`[data-testid="exercise-${id}-solution-text"]`);
  };
  const check = async (id, ticks, state) => {
    for (let j = 0; j < 5; j++) {
      const box = `[data-testid="exercise-${id}-option-${j}"]`;
      if (!(await page.$(box))) break;
      if (ticks.includes(j)) await page.check(box); else await page.uncheck(box);
    }
    await page.click(`[data-testid="exercise-${id}-check"]`);
    await page.waitForSelector(`${ex(id)}[data-state="${state}"]`);
  };
  // b = 1.25 (the mean of f) and b = 6 help: marking them as harmful is wrong; so is missing −2.
  await check('baseline', [0, 3, 4], 'tried');
  await check('baseline', [3], 'tried');
  await check('baseline', [2, 3, 4], 'tried');
  await check('baseline', [3, 4], 'solved');
  assert.match(await solution('baseline'), /only a suitable one does/);
  // The score function with the mean of f as baseline still spreads more than pathwise.
  await check('lowest-spread', [0, 2, 3], 'tried');
  await check('lowest-spread', [0, 3], 'solved');
  assert.match(await solution('lowest-spread'), /best constant baseline/);
  noErrors(page);
});

test('VAE lesson: the Russian exercises and hints use «функция вклада» and 0,5', async () => {
  const page = await newPage(browser);
  await open(page, 'vae-theory?lang=ru');
  await page.waitForSelector('[data-testid="exercise-baseline"]');
  const texts = await ownText(page, ['.exercise-prompt', '.exercise-option', '.exercise-hint', '.exercise-solution']);
  assert.match(texts, /функци[июя] вклада/);
  assert.doesNotMatch(texts, /счёта|сэмпл|seed/);
  // Formulas: 0{,}5 renders as "0,5" (no "0.5" in a Russian formula).
  const prompt = await page.textContent('[data-testid="exercise-baseline"] .exercise-prompt');
  assert.match(prompt, /0,5/);
  assert.doesNotMatch(prompt, /0\.5/);
  noErrors(page);
});

const openLab = (page, query) => openLesson(page, 'vae-lab', query);

const alt = (page, id) => page.getAttribute(`[data-testid="${id}"]`, 'aria-label');
const FIGS = ['plot-data', 'plot-prior', 'plot-latent', 'plot-decoded', 'plot-elbo'];

test('VAE lab in Russian: Russian words, figure alternatives name the axes, with decimal commas', async () => {
  const page = await newPage(browser);
  await openLab(page, 'lang=ru&data=1:1:0.5&seed=1');
  await waitStatus(page, (s) => s === 'paused');
  await page.click('[data-testid="lab-step"]');
  await waitReadout(page, 'iteration', (v) => v >= 1, 30000);
  await page.waitForFunction(() => /Ось x: x; ось y: плотность/.test(
    document.querySelector('[data-testid="plot-data"]').getAttribute('aria-label')), null, { timeout: 10000 });
  for (const id of FIGS) {
    const a = await alt(page, id);
    assert.match(a, /^Ось x: .+; ось y: .+\./, `${id}: ${a}`);
    assert.deepEqual(foreignWords(a), [], `${id}: ${a}`);
    assert.doesNotMatch(a, /\d\.\d|\{/, `${id}: ${a}`);
  }
  assert.match(await alt(page, 'plot-elbo'), /^Ось x: итерация; ось y: нат\. На итерации \d+: ELBO −?\d/);
  assert.match(await alt(page, 'plot-elbo'), /Потолок −H\(данных\) = −0,72/);
  assert.match(await alt(page, 'plot-data'), /разброс данных \d+,\d+/);
  const all = await visibleText(page, 'vae-lab');
  assert.doesNotMatch(all, EN_WORDS, 'an English word on the Russian lab');
  assert.doesNotMatch(all, /сэмпл|пачк|гауссианов|leaky|2-D/);
  const own = await ownText(page, LAB_PARTS);
  assert.deepEqual([...new Set(foreignWords(own))], [], own.slice(0, 400));
  assert.doesNotMatch(own, /\d\.\d/, 'a decimal point in Russian');
  assert.match(own, /ReLU с утечкой/);
  assert.match(own, /коллапс апостериорного распределения/);
  assert.match(own, /двумерные: кольцо/);
  // The ELBO caption names what is drawn: a red dashed −KL, a blue dashed reconstruction term.
  const caption = await page.textContent('[data-testid="plot-elbo"] + figcaption');
  assert.match(caption, /красная штриховая — −KL/);
  assert.match(caption, /синяя штриховая — E log p\(x\|z\)/);
  assert.match(caption, /около 0,015 ната/);
  assert.doesNotMatch(caption, /оранжев/);
  await screenshot(page, 'text-vae-lab-ru');
  noErrors(page);
});

test('VAE lab in English: no Cyrillic; the single Gaussian has a family of optima; the ELBO caption matches the plot', async () => {
  const page = await newPage(browser);
  await openLab(page, 'lang=en&data=1:1:0.5&seed=1');
  await waitStatus(page, (s) => s === 'paused');
  await page.click('[data-testid="lab-step"]');
  await waitReadout(page, 'iteration', (v) => v >= 1, 30000);
  await page.waitForFunction(() => /^x axis: x; y axis: density\./.test(
    document.querySelector('[data-testid="plot-data"]').getAttribute('aria-label')), null, { timeout: 10000 });
  for (const id of FIGS) {
    const a = await alt(page, id);
    assert.match(a, /^x axis: .+; y axis: .+\./, `${id}: ${a}`);
    assert.doesNotMatch(a, /[\u0400-\u04FF]|\{/, `${id}: ${a}`);
  }
  const own = await ownText(page, LAB_PARTS);
  assert.doesNotMatch(own, /[\u0400-\u04FF]/, 'Cyrillic on the English lab');
  assert.doesNotMatch(own, /the best VAE ignores z/);
  assert.match(own, /a² \+ σ_x² = 0\.25/);
  assert.match(own, /one optimum among many/);
  const caption = await page.textContent('[data-testid="plot-elbo"] + figcaption');
  assert.match(caption, /red dashed: −KL/);
  assert.match(caption, /blue dashed: E log p\(x\|z\)/);
  assert.doesNotMatch(caption, /orange/);
  noErrors(page);
});

test('VAE lab: the corrected exercises — the ceiling and β', async () => {
  const page = await newPage(browser);
  await openFresh(page, 'vae-lab', 'lang=en');
  const ex = (id) => `[data-testid="exercise-${id}"]`;
  const solution = async (id) => {
    await page.click(`[data-testid="exercise-${id}-solution"]`);
    await page.waitForSelector(`[data-testid="exercise-${id}-solution-text"]:not([hidden])`);
    return page.textContent(`[data-testid="exercise-${id}-solution-text"]`);
  };
  // The ceiling −H = −½ ln(2πe · 0.25) ≈ −0.726: a wrong value is refused, the right one with a comma accepted.
  await page.fill('[data-testid="exercise-ceiling-input"]', '-0.5');
  await page.click('[data-testid="exercise-ceiling-check"]');
  await page.waitForSelector(`${ex('ceiling')}[data-state="tried"]`);
  await page.fill('[data-testid="exercise-ceiling-input"]', '-0,73');
  await page.click('[data-testid="exercise-ceiling-check"]');
  await page.waitForSelector(`${ex('ceiling')}[data-state="solved"]`);
  const sol = await solution('ceiling');
  assert.doesNotMatch(sol, /The VAE reaches it exactly: its decoder ignores/);
  assert.match(sol, /one of these optima/);
  // β = 3: the encoder chooses to ignore x; "β switches the trick off" is wrong.
  await page.check('[data-testid="exercise-beta-option-1"]');
  await page.click('[data-testid="exercise-beta-check"]');
  await page.waitForSelector(`${ex('beta')}[data-state="tried"]`);
  await page.uncheck('[data-testid="exercise-beta-option-1"]');
  await page.check('[data-testid="exercise-beta-option-0"]');
  await page.click('[data-testid="exercise-beta-check"]');
  await page.waitForSelector(`${ex('beta')}[data-state="solved"]`);
  assert.match(await solution('beta'), /of the two solutions/);
  noErrors(page);
});

test('VAE lab: the learning rate and β fields show the page\'s decimal separator and take "0,5"', async () => {
  const page = await newPage(browser);
  await openLab(page, 'lang=ru&data=1:1:0.5');
  assert.equal(await page.inputValue('[data-testid="set-lr"]'), '0,003');
  assert.equal(await page.getAttribute('[data-testid="set-beta"]', 'inputmode'), 'decimal');
  await page.fill('[data-testid="set-beta"]', '0,5');
  await page.press('[data-testid="set-beta"]', 'Enter');
  await page.waitForFunction(() => location.hash.includes('beta=0.5'));
  assert.equal(await page.$('[data-testid="settings-error"]'), null);
  assert.equal(await page.inputValue('[data-testid="set-beta"]'), '0,5');
  await page.fill('[data-testid="set-lr"]', '0,002');
  await page.press('[data-testid="set-lr"]', 'Enter');
  await page.waitForFunction(() => location.hash.includes('lr=0.002'));
  assert.equal(await page.inputValue('[data-testid="set-lr"]'), '0,002');
  // The point still works, and English shows it.
  await page.fill('[data-testid="set-beta"]', '0.25');
  await page.press('[data-testid="set-beta"]', 'Enter');
  await page.waitForFunction(() => location.hash.includes('beta=0.25'));
  assert.equal((await hashParams(page)).get('lr'), '0.002');
  await openLab(page, 'lang=en&data=1:1:0.5&beta=0.25&lr=0.002');
  assert.equal(await page.inputValue('[data-testid="set-beta"]'), '0.25');
  assert.equal(await page.inputValue('[data-testid="set-lr"]'), '0.002');
  // A bad value is still refused.
  await page.fill('[data-testid="set-lr"]', '0,0,1');
  await page.press('[data-testid="set-lr"]', 'Enter');
  await page.waitForSelector('[data-testid="settings-error"]');
  assert.equal((await hashParams(page)).get('lr'), '0.002');
  noErrors(page);
});

test('VAE lesson: n and the sliders keep working with a Russian page', async () => {
  const page = await newPage(browser);
  await openLesson(page, 'vae-theory', 'lang=ru');
  await page.fill('[data-testid="n-input"]', '400');
  await page.press('[data-testid="n-input"]', 'Tab');
  await page.waitForFunction(() => location.hash.includes('n=400'));
  await page.fill('[data-testid="mu-input"]', '1.5');
  await page.waitForFunction(() => location.hash.includes('mu=1.5'));
  // The slider's shown value follows the page: «среднее μ = 1,5».
  assert.match(await page.textContent('label:has([data-testid="mu-input"])'), /= 1,5/);
  assert.equal(await readout(page, 'grad-exact'), 1);
  noErrors(page);
});
