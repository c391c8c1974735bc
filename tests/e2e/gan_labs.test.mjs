// The GAN labs (issue 6): seeded autorun links reach the expected state, the controls, exports,
// share link, hash navigation, bad input and the WebGPU fallback work, with no console errors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, newPage, open, openLab, readout, waitReadout, hashParams, screenshot, noErrors, runStatus, waitStatus,
  settled, countPixels,
} from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const status = (page) => runStatus(page);
/** The 1-D lab's numbers taken from its snapshots. */
const GAN_1D = ['g-mean', 'g-std', 'd-mean', 'js-estimate', 'v-d-g'];

test('1-D lab: a seeded autorun link learns the data, with D near ½ and V near −log 4', async () => {
  const page = await newPage(browser);
  await openLab(page, 'gan-1d', 'data=1:1:0.5&seed=1&steps=3000&autorun=1');
  await waitStatus(page, (s) => s === 'done');
  assert.equal(await readout(page, 'iteration'), 3000);
  const r = await settled(page, GAN_1D);
  const [gm, gs, dm, js, v] = GAN_1D.map((n) => r[n]);
  assert.ok(Math.abs(gm - 1) < 0.1, `g-mean ${gm}`);
  assert.ok(Math.abs(gs - 0.5) < 0.1, `g-std ${gs}`);
  assert.ok(Math.abs(dm - 0.5) < 0.05, `d-mean ${dm}`);
  assert.ok(js >= 0 && js < 0.02, `js ${js}`);
  assert.ok(Math.abs(v + Math.log(4)) < 0.05, `V ${v}`);
  assert.equal(await readout(page, 'data-mean'), 1);
  assert.equal(await readout(page, 'data-std'), 0.5);
  await screenshot(page, 'gan-1d-trained');
  // The same link again gives the same numbers (same seed, same backend).
  const again = await newPage(browser);
  await openLab(again, 'gan-1d', 'data=1:1:0.5&seed=1&steps=3000&autorun=1');
  await waitStatus(again, (s) => s === 'done');
  const r2 = await settled(again, GAN_1D);
  assert.equal(r2['g-mean'], gm, 'a shared run reproduces exactly');
  assert.equal(r2['js-estimate'], js);
  noErrors(page);
  noErrors(again);
});

test('1-D lab: controls, settings, share, exports and a diverging run', async () => {
  const page = await newPage(browser);
  await openLab(page, 'gan-1d');
  await waitStatus(page, (s) => s === 'paused');
  assert.ok(Number.isNaN(await readout(page, 'iteration')) || (await readout(page, 'iteration')) === 0);
  await page.click('[data-testid="lab-step"]');
  await waitReadout(page, 'iteration', (v) => v === 1);
  await page.click('[data-testid="lab-step-d"]');
  await page.click('[data-testid="lab-step-g"]');
  await page.click('[data-testid="lab-play"]');
  await waitStatus(page, (s) => s === 'running');
  await waitReadout(page, 'iteration', (v) => v > 200, 30000);
  await page.click('[data-testid="lab-play"]');
  await waitStatus(page, (s) => s === 'paused');
  // A typed setting goes to the URL; a bad one is refused and the old value stays.
  await page.fill('[data-testid="set-d-lr"]', '0.002');
  await page.press('[data-testid="set-d-lr"]', 'Enter');
  assert.equal((await hashParams(page)).get('d-lr'), '0.002');
  await page.fill('[data-testid="set-g-net"]', '16,,x');
  await page.press('[data-testid="set-g-net"]', 'Enter');
  await page.waitForSelector('[data-testid="settings-error"]');
  assert.equal((await hashParams(page)).get('g-net'), null);
  // Share: the link restores data, hyperparameters and seed.
  const link = await page.inputValue('[data-testid="share-link"]');
  const q = new URLSearchParams(link.split('?')[1]);
  for (const k of ['data', 'seed', 'loss', 'g-lr', 'd-lr', 'k', 'g-net', 'd-net', 'batch', 'steps', 'autorun']) {
    assert.ok(q.has(k), `share link has ${k}: ${link}`);
  }
  assert.equal(q.get('d-lr'), '0.002');
  // Exports: a PNG of a plot and the CSV log.
  const [png] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-plot-d"]')]);
  assert.equal(png.suggestedFilename(), 'gan-1d-plot-d.png');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-csv"]')]);
  assert.equal(csv.suggestedFilename(), 'gan-1d.csv');
  const text = await (await import('node:fs/promises')).readFile(await csv.path(), 'utf8');
  assert.match(text.split('\n')[0], /^iteration,loss_d,loss_g,v,d_real,d_fake,c_of_g$/);
  assert.ok(text.trim().split('\n').length > 3, text.slice(0, 200));
  // LSGAN with SGD at learning rate 1 diverges: the run pauses with a message and a reset.
  noErrors(page);
  const fresh = await newPage(browser);
  await open(fresh, 'gan-1d?loss=least-squares&g-opt=sgd&d-opt=sgd&g-lr=1&d-lr=1&autorun=1&seed=2');
  await fresh.waitForSelector('[data-testid="lab-diverged"]', { timeout: 60000 });
  assert.equal(await status(fresh), 'diverged');
  await screenshot(fresh, 'gan-1d-diverged');
  await fresh.click('[data-testid="lab-diverged-reset"]');
  await fresh.waitForSelector('[data-testid="lab-diverged"]', { state: 'detached' });
  assert.equal((await hashParams(fresh)).get('g-lr'), '1', 'what the user set is kept');
  noErrors(fresh);
});

test('1-D lab: a malformed link gives notices and defaults; links reach the theory steps', async () => {
  const page = await newPage(browser);
  await openLab(page, 'gan-1d', 'data=1:0&k=0:1&seed=x', { ready: false });
  const notices = await page.$$('[data-testid="notices"] .notice');
  assert.ok(notices.length >= 3, `notices: ${notices.length}`);
  await waitReadout(page, 'data-mean', (v) => v === 1);
  const href = await page.getAttribute('[data-testid="link-optimal-d"]', 'href');
  assert.match(href, /#\/optimal-d\?.*step=7/);
  await page.click('[data-testid="link-optimal-d"]');
  await page.waitForSelector('[data-testid="lesson-optimal-d"]');
  await page.goBack();
  await page.waitForSelector('[data-testid="lesson-gan-1d"]', { timeout: 30000 });
  noErrors(page);
});

test('2-D lab: GAN Lab\'s default preset covers both modes; views, slow motion, drawing', async () => {
  const page = await newPage(browser);
  await openLab(page, 'gan-2d', 'seed=4&steps=3000&autorun=1');
  await waitStatus(page, (s) => s === 'done');
  const r = await settled(page, ['modes-total', 'modes-covered', 'js-estimate', 'js-noise']);
  assert.equal(r['modes-total'], 2);
  assert.equal(r['modes-covered'], 2, 'the sample cloud covers both modes');
  // GAN Lab's small nets spread G's mass over both modes and the gap between them: the
  // estimate (kernel at the data's local scale) stays well above its noise floor.
  const [js, noise] = [r['js-estimate'], r['js-noise']];
  assert.ok(noise > 0 && noise < 0.03, `noise ${noise}`);
  assert.ok(js > 2 * noise && js < 0.2, `js ${js}`);
  await screenshot(page, 'gan-2d-trained');
  // The heat map is drawn: the field has pixels of D's colours, not only white.
  const coloured = await countPixels(page, 'plot-field');
  assert.ok(coloured > 1000, `coloured pixels ${coloured}`);
  // Slow motion walks the five sub-steps, highlighting the overview.
  await page.click('[data-testid="slow-motion"]');
  await page.waitForSelector('[data-testid="substep-0"].hl');
  await page.waitForSelector('[data-testid="overview"] .hl');
  // Five timed sub-steps: on a loaded 2-core machine they can take longer than 10 s.
  await page.waitForSelector('[data-testid="substep-4"].hl', { timeout: 30000 });
  // Too few drawn points are refused with a hint.
  await page.click('[data-testid="draw-start"]');
  await page.locator('[data-testid="plot-field"]').scrollIntoViewIfNeeded();
  const box = await page.locator('[data-testid="plot-field"]').boundingBox();
  for (let i = 0; i < 5; i++) await page.mouse.click(box.x + box.width * (0.3 + 0.08 * i), box.y + box.height * 0.5);
  await waitReadout(page, 'iteration', () => true);
  assert.equal(await page.textContent('[data-testid="drawn-count"]'), '5');
  await page.click('[data-testid="draw-use"]');
  await page.waitForSelector('[data-testid="draw-too-few"]');
  assert.equal((await hashParams(page)).get('data'), null, 'nothing changed');
  // A preset is one click away (it writes the URL).
  await page.click('[data-testid="preset-ring"]');
  assert.equal((await hashParams(page)).get('data'), 'ring');
  noErrors(page);
});

// Mode collapse is one click away, and so is its cure: the same nets, balanced. The buttons
// write the presets into the URL, and a short seeded run of each starts on eight modes.
// Whether they collapse and cover all eight at 4 000 iterations (seeds 1–3) is a long run:
// `cargo xtask bench` prints it (examples/defaults.rs, which reads the same presets).
test('2-D lab: the mode-collapse preset and its cure write their settings and train on eight modes', async () => {
  const written = {};
  for (const preset of ['collapse', 'all-modes']) {
    const page = await newPage(browser);
    await openLab(page, 'gan-2d', '', { ready: false });
    await page.click(`[data-testid="preset-${preset}"]`);
    const q = await hashParams(page);
    assert.equal(q.get('data'), 'eight-gaussians');
    written[preset] = `${q.get('k')} ${q.get('g-lr')} ${q.get('d-lr')}`;
    q.set('seed', '1');
    q.set('steps', '100');
    q.set('autorun', '1');
    await open(page, `gan-2d?${q}`);
    await waitReadout(page, 'iteration', (v) => v === 100, 120000);
    await waitStatus(page, (s) => s === 'done');
    const r = await settled(page, ['modes-total', 'modes-covered']);
    assert.equal(r['modes-total'], 8);
    noErrors(page);
    await page.context().close();
  }
  // The cure is the same nets balanced: one G step per D step at equal learning rates.
  assert.equal(written.collapse, '1:3 0.002 0.0005');
  assert.equal(written['all-modes'], '1:1 0.001 0.001');
});

// A run restarted by a URL change in the same page (a preset, new data, an edited link) is
// the one the page shows, and autorun starts it.
test('labs: a URL change in the same page restarts the run', async () => {
  const page = await newPage(browser);
  await openLab(page, 'gan-2d', 'steps=20&autorun=1');
  await waitStatus(page, (s) => s === 'done');
  await page.click('[data-testid="preset-ring"]');
  await page.waitForFunction(() => Number(document.querySelector('[data-testid="modes-total"]')?.dataset.value) === 1, null, { timeout: 20000 });
  await openLab(page, 'gan-1d', 'steps=20&autorun=1');
  await waitStatus(page, (s) => s === 'done');
  await page.evaluate(() => { location.hash = '#/gan-1d?steps=30&autorun=1&seed=3'; });
  await waitReadout(page, 'iteration', (v) => v === 30, 30000);
  assert.equal(await status(page), 'done');
  noErrors(page);
});

test('labs: WebGPU falls back to flex with a notice when no adapter is there', async () => {
  const page = await newPage(browser); // launched without --enable-unsafe-webgpu
  await openLab(page, 'gan-2d', 'backend=webgpu&steps=20&autorun=1', { ready: false });
  await page.waitForSelector('[data-testid="lab-fallback"]', { timeout: 60000 });
  await waitStatus(page, (s) => s === 'done');
  assert.equal(await page.getAttribute('[data-testid="train-backend"]', 'data-value'), 'flex');
  noErrors(page);
});
