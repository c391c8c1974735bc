// Issue 16 in the GAN labs: the corrected exercises of the 1-D lab (−log 4 is the floor of
// C(G), not of V), the status text of a finished run, the speed readout («темп, итераций/с»)
// shown only while a run trains, the 1-D lab's D* left undrawn where both densities are
// negligible, "modes covered 2 / 2", and typed learning rates in the page's locale.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, newPage, open, openLesson, openFresh, readout, waitReadout, hashParams, screenshot, noErrors, waitStatus,
  settled, frames,
} from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const ex = (id) => `[data-testid="exercise-${id}"]`;

/** Opens the 1-D lab with `query` and no exercise progress kept from an earlier test. */
const freshLab = (page, query) => openFresh(page, 'gan-1d', query);

test('1-D lab exercises: C(G) → −log 4; V ≈ −log 4 alone proves nothing', async () => {
  const page = await newPage(browser);
  await freshLab(page, 'lang=en');
  // "floor" now asks for the limit of C(G), not of V.
  const prompt = await page.textContent(ex('floor'));
  assert.match(prompt, /C\s*\(\s*G\s*\)/, prompt);
  await page.fill('[data-testid="exercise-floor-input"]', '0');
  await page.click('[data-testid="exercise-floor-check"]');
  await page.waitForSelector(`${ex('floor')}[data-state="tried"]`);
  await page.fill('[data-testid="exercise-floor-input"]', '-1.386');
  await page.click('[data-testid="exercise-floor-check"]');
  await page.waitForSelector(`${ex('floor')}[data-state="solved"]`);
  // "v-half": the old false idea (−log 4 is V's floor, so p_g = p_data) is refused …
  await page.check('[data-testid="exercise-v-half-option-1"]');
  await page.click('[data-testid="exercise-v-half-check"]');
  await page.waitForSelector(`${ex('v-half')}[data-state="tried"]`);
  await page.click('[data-testid="exercise-v-half-solution"]');
  const solution = await page.textContent('[data-testid="exercise-v-half-solution-text"]');
  assert.match(solution, /4\.71/, solution);
  // … and so is "D equals D*"; only "nothing by itself" is right.
  await page.uncheck('[data-testid="exercise-v-half-option-1"]');
  await page.check('[data-testid="exercise-v-half-option-2"]');
  await page.click('[data-testid="exercise-v-half-check"]');
  assert.equal(await page.getAttribute(ex('v-half'), 'data-state'), 'tried');
  await page.uncheck('[data-testid="exercise-v-half-option-2"]');
  await page.check('[data-testid="exercise-v-half-option-0"]');
  await page.click('[data-testid="exercise-v-half-check"]');
  await page.waitForSelector(`${ex('v-half')}[data-state="solved"]`);
  // The two older ones still take their answers.
  await page.check('[data-testid="exercise-v-below-c-option-0"]');
  await page.click('[data-testid="exercise-v-below-c-check"]');
  await page.waitForSelector(`${ex('v-below-c')}[data-state="solved"]`);
  await page.check('[data-testid="exercise-minimax-stall-option-1"]');
  await page.click('[data-testid="exercise-minimax-stall-check"]');
  await page.waitForSelector(`${ex('minimax-stall')}[data-state="tried"]`);
  await page.uncheck('[data-testid="exercise-minimax-stall-option-1"]');
  await page.check('[data-testid="exercise-minimax-stall-option-0"]');
  await page.click('[data-testid="exercise-minimax-stall-check"]');
  await page.waitForSelector(`${ex('minimax-stall')}[data-state="solved"]`);
  assert.equal(await readout(page, 'exercise-progress'), 4);
  // The lead and the V caption no longer call −log 4 a floor of V.
  const text = await page.textContent('[data-testid="lesson-gan-1d"]');
  assert.doesNotMatch(text, /both reach −log 4/);
  assert.match(text, /D ≡ ½ gives V = −log 4 for any p_g/);
  // In Russian the number takes a comma.
  await openLesson(page, 'gan-1d', 'lang=ru');
  await page.click('[data-testid="exercises-reset"]');
  await page.waitForSelector(`${ex('floor')}[data-state="new"]`);
  await page.fill('[data-testid="exercise-floor-input"]', '-1,386');
  await page.click('[data-testid="exercise-floor-check"]');
  await page.waitForSelector(`${ex('floor')}[data-state="solved"]`);
  noErrors(page);
});

test('a finished run says how to go on; the speed readout shows only while training', async () => {
  let page = await newPage(browser);
  await openLesson(page, 'gan-1d', 'lang=en&steps=30&autorun=1');
  await waitStatus(page, (s) => s === 'done');
  assert.equal((await page.textContent('[data-testid="train-status"]')).trim(), 'finished — press ▶ to continue');
  assert.equal(await page.isVisible('[data-testid="steps-per-sec"]'), false, 'no speed when stopped');
  assert.equal(await page.getAttribute('[data-testid="steps-per-sec"]', 'data-value'), '');
  noErrors(page);
  await page.context().close();
  // A fresh page: in the same one the finished English run would answer the waits below.
  page = await newPage(browser);
  await openLesson(page, 'gan-1d', 'lang=ru&steps=30&autorun=1&seed=5');
  await waitStatus(page, (s) => s === 'done');
  assert.equal((await page.textContent('[data-testid="train-status"]')).trim(), 'завершено — нажмите ▶, чтобы продолжить');
  assert.equal(await page.isVisible('[data-testid="steps-per-sec"]'), false);
  // ▶ goes on: while it trains the speed is there, under its Russian name (not «скорость»).
  await page.click('[data-testid="lab-play"]');
  await waitStatus(page, (s) => s === 'running');
  await page.waitForSelector('[data-testid="steps-per-sec"]', { state: 'visible' });
  const label = await page.evaluate(() => document.querySelector('[data-testid="steps-per-sec"]').closest('.readout').textContent);
  assert.match(label, /Темп, итераций\/с/, label);
  assert.doesNotMatch(label, /[Сс]корость/, label);
  await waitReadout(page, 'steps-per-sec', (v) => v > 0, 20000);
  await page.click('[data-testid="lab-play"]');
  await waitStatus(page, (s) => s === 'paused');
  await page.waitForSelector('[data-testid="steps-per-sec"]', { state: 'hidden' });
  noErrors(page);
});

test('GAN vs VAE and the engine panel: finished status, speed hidden when stopped', async () => {
  const page = await newPage(browser);
  await openLesson(page, 'gan-vs-vae', 'lang=ru&steps=20&autorun=1');
  await waitStatus(page, (s) => s === 'done', 120000, 'gan-status');
  await waitStatus(page, (s) => s === 'done', 120000, 'vae-status');
  assert.equal((await page.textContent('[data-testid="gan-status"]')).trim(), 'завершено — нажмите ▶, чтобы продолжить');
  assert.equal(await page.isVisible('[data-testid="gan-steps-per-sec"]'), false);
  assert.equal(await page.isVisible('[data-testid="vae-steps-per-sec"]'), false);
  // The two floors are told apart: the JS one in nats, the distance one in coordinate units.
  const floors = await page.evaluate(() => ['js-noise', 'nn-floor'].map((id) => document.querySelector(`[data-testid="${id}"]`).closest('.readout').textContent));
  assert.match(floors[0], /уровень шума JS/, floors[0]);
  assert.match(floors[0], /нат/, floors[0]);
  assert.match(floors[1], /нижний уровень расстояний/, floors[1]);
  await open(page, 'engine?lang=ru&train=gan-1d&steps=30');
  await page.waitForSelector('[data-testid="train-status"][data-value="done"]', { timeout: 120000 });
  assert.equal(await page.isVisible('[data-testid="steps-per-sec"]'), false);
  // The learning rate is a decimal field in the page's locale, and takes a typed comma.
  assert.equal(await page.getAttribute('[data-testid="train-lr"]', 'type'), 'text');
  assert.equal(await page.inputValue('[data-testid="train-lr"]'), '0,003');
  await page.fill('[data-testid="train-lr"]', '0,05');
  await page.press('[data-testid="train-lr"]', 'Enter');
  // The worker hears the new rate before the snapshots the next frames ask for: a refusal
  // would be shown by then.
  await frames(page, 10);
  assert.equal(await page.isVisible('[data-testid="train-refused"]'), false, 'a comma is accepted');
  assert.equal(await page.inputValue('[data-testid="train-lr"]'), '0,05');
  noErrors(page);
});

test('1-D lab: D* is not drawn where both densities are negligible, and says where it is', async () => {
  const page = await newPage(browser);
  await openLesson(page, 'gan-1d', 'lang=en&data=1:1:0.5&seed=1&steps=3000&autorun=1');
  await waitStatus(page, (s) => s === 'done');
  const span = await settled(page, ['dstar-from', 'dstar-to']);
  const [from, to] = [span['dstar-from'], span['dstar-to']];
  // The plot spans [−5, 5]; p_data = N(1, 0.5²) is above 10⁻⁶ of its peak on 1 ± 2.63, and
  // p_g ≈ p_data after training: D* is drawn about there and masked near both ends.
  assert.ok(from > -4.9 && from < -1.5, `D* from ${from}`);
  assert.ok(to > 3.5 && to < 4.9, `D* to ${to}`);
  const alt = await page.getAttribute('[data-testid="plot-d"]', 'aria-label');
  assert.match(alt, /x axis: x; y axis: D/, alt);
  assert.match(alt, /drawn for x from −?\d/, alt);
  const caption = await page.evaluate(() => document.querySelector('[data-testid="plot-d"]').closest('figure').textContent);
  assert.match(caption, /not drawn where both p_data and p_g are below 10⁻⁶/, caption);
  assert.doesNotMatch(caption, /both tend to ½/, caption);
  // In Russian the same figure speaks Russian, numbers with a comma.
  await openLesson(page, 'gan-1d', 'lang=ru&data=1:1:0.5&seed=1&steps=3000&autorun=1');
  await waitStatus(page, (s) => s === 'done');
  const ru = await page.getAttribute('[data-testid="plot-d"]', 'aria-label');
  assert.match(ru, /Ось x: x; ось y: D/, ru);
  assert.match(ru, /от −?\d+(,\d+)? до \d+(,\d+)?/, ru);
  assert.doesNotMatch(ru, /\d\.\d/, ru);
  const v = await page.getAttribute('[data-testid="plot-v"]', 'aria-label');
  assert.match(v, /Ось x: итерация; ось y: нат[.;]/, v);
  await screenshot(page, 'gan-1d-ru-trained');
  noErrors(page);
});

test('2-D lab: "modes covered 2 / 2"; typed learning rates take the page\'s decimal comma', async () => {
  const page = await newPage(browser);
  await openLesson(page, 'gan-2d', 'lang=en&seed=4&steps=30&autorun=1');
  await waitStatus(page, (s) => s === 'done');
  await waitReadout(page, 'modes-total', (v) => v === 2, 20000);
  const modes = await page.evaluate(() => document.querySelector('[data-testid="modes-total"]').closest('.readout').textContent.replace(/\s+/g, ' ').trim());
  assert.match(modes, /^modes covered\s*\d \/ 2$/, modes);
  await openLesson(page, 'gan-1d', 'lang=ru');
  assert.match(await page.inputValue('[data-testid="set-d-lr"]'), /^0,\d+$/);
  await page.fill('[data-testid="set-d-lr"]', '0,002');
  await page.press('[data-testid="set-d-lr"]', 'Enter');
  assert.equal((await hashParams(page)).get('d-lr'), '0.002', 'the URL keeps a decimal point');
  assert.equal(await page.inputValue('[data-testid="set-d-lr"]'), '0,002');
  assert.equal(await page.isVisible('[data-testid="settings-error"]'), false);
  noErrors(page);
});
