// The conditional GAN lab (issue 7): a seeded autorun link puts every class at its own mode;
// the class picker writes `class=` and the readouts and plot follow; bad links give notices;
// points are drawn with a label; share link and exports; no console errors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, newPage, openLab as openPage, readout, waitReadout, hashParams, screenshot, noErrors, runStatus,
  waitStatus as waitRun, settled, countPixels, waitFor,
} from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const status = (page) => runStatus(page);
const waitStatus = (page, ok, timeout = 180000) => waitRun(page, ok, timeout);

const openLab = (page, query, options) => openPage(page, 'cgan-lab', query, options);
/** The readouts of every class (1–8) and of the modes. */
const CLASS_READOUTS = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((k) => [`class-dist-${k}`, `data-dist-${k}`]);
const MODES = ['modes-total', 'modes-covered'];

// Native runs of the default (seeds 1–5, 1 000–5 000 iterations): every class's samples lie
// within 0.14 of the data's own mean distance to the class centre (≈ 0.06); the neighbouring
// mode is 0.54 away and a generator ignoring the label scores ≈ 0.88.
const CLASS_TOL = 0.2;

test('cGAN lab: a seeded autorun link puts every class at its own mode; the class picker follows', async () => {
  const page = await newPage(browser);
  await openLab(page, 'seed=1&steps=3000&autorun=1');
  await waitStatus(page, (s) => s === 'done');
  assert.equal(await readout(page, 'iteration'), 3000);
  // The estimates follow the run at most every 250 ms: wait for those of iteration 3 000.
  const r = await settled(page, [...MODES, ...CLASS_READOUTS]);
  assert.equal(r['modes-total'], 8);
  assert.equal(r['modes-covered'], 8, 'every mode is covered');
  for (let k = 1; k <= 8; k++) {
    const [gen, data] = [r[`class-dist-${k}`], r[`data-dist-${k}`]];
    assert.ok(Number.isFinite(gen), `class-dist-${k} ${gen}`);
    assert.ok(data > 0.03 && data < 0.1, `data-dist-${k} ${data}`);
    assert.ok(Math.abs(gen - data) < CLASS_TOL, `class ${k}: samples ${gen} vs data ${data} from the centre`);
  }
  assert.equal(await page.$('[data-testid="class-dist-9"]'), null, 'eight classes at most');
  assert.ok(await page.isVisible('[data-testid="heat-needs-class"]'));
  assert.ok(await page.isVisible('[data-testid="class-legend"]'));
  assert.equal(await page.$eval('[data-testid="class-pick"]', (s) => s.value), 'all');
  await screenshot(page, 'cgan-lab-trained');
  const before = await countPixels(page, 'plot-field');

  // One class: written to the URL; only that class is generated (one mode covered, the other
  // classes' readouts empty), its samples still at its mode; D(x, y = 3) is drawn; the run is
  // not restarted.
  await page.selectOption('[data-testid="class-pick"]', '3');
  assert.equal((await hashParams(page)).get('class'), '3');
  await waitReadout(page, 'class-dist-1', Number.isNaN);
  await waitReadout(page, 'modes-covered', (v) => v === 1);
  const gen3 = await waitReadout(page, 'class-dist-3', Number.isFinite);
  const data3 = await readout(page, 'data-dist-3');
  assert.ok(Math.abs(gen3 - data3) < CLASS_TOL, `class 3 alone: ${gen3} vs ${data3}`);
  assert.equal(await readout(page, 'iteration'), 3000, 'picking a class does not restart the run');
  assert.equal(await status(page), 'done');
  assert.ok(!(await page.isVisible('[data-testid="heat-needs-class"]')));
  await waitFor(async () => (await countPixels(page, 'plot-field')) > before + 20000,
    { message: `D(x, y = 3) is not drawn over the ${before} coloured pixels` });
  const alt = await page.getAttribute('[data-testid="plot-field"]', 'aria-label');
  assert.match(alt, /(class|класс) 3/, alt);
  await screenshot(page, 'cgan-lab-class-3');

  // Back to every class: the key leaves the URL and every class has samples again.
  await page.selectOption('[data-testid="class-pick"]', 'all');
  assert.equal((await hashParams(page)).get('class'), null);
  await waitReadout(page, 'class-dist-1', Number.isFinite);
  await waitReadout(page, 'modes-covered', (v) => v === 8);

  // The objective's derivation is one click away, keeping the language.
  const href = await page.getAttribute('[data-testid="link-cgan-objective"]', 'href');
  assert.match(href, /#\/cgan-objective/);
  noErrors(page);
});

test('cGAN lab: a class in the link opens on it; the same link reproduces the run', async () => {
  const runs = [];
  for (let i = 0; i < 2; i++) {
    const page = await newPage(browser);
    await openLab(page, 'seed=2&steps=300&autorun=1&class=5');
    await waitStatus(page, (s) => s === 'done');
    assert.equal(await page.$eval('[data-testid="class-pick"]', (s) => s.value), '5');
    // The class distances of the final snapshot (they follow the run at most every 250 ms).
    const r = await settled(page, ['class-dist-5', 'class-dist-4']);
    assert.ok(Number.isFinite(r['class-dist-5']), `class-dist-5 ${r['class-dist-5']}`);
    assert.ok(Number.isNaN(r['class-dist-4']));
    runs.push([r['class-dist-5'], await readout(page, 'loss-d')]);
    noErrors(page);
  }
  assert.deepEqual(runs[0], runs[1], 'a shared run reproduces exactly');
});

test('cGAN lab: malformed links give notices and defaults', async () => {
  const page = await newPage(browser);
  await openLab(page, 'data=moons&class=9&seed=x', { ready: false });
  const notices = await page.$$('[data-testid="notices"] .notice');
  assert.equal(notices.length, 3, `notices: ${notices.length}`);
  await waitReadout(page, 'modes-total', (v) => v === 8, 30000);
  assert.equal(await page.$eval('[data-testid="class-pick"]', (s) => s.value), 'all');
  assert.equal(await page.$eval('[data-testid="lab-data"]', (s) => s.value), 'eight-gaussians');
  await page.click('[data-testid="reset-defaults"]');
  const q = await hashParams(page);
  assert.equal(q.get('data'), null);
  assert.equal(q.get('class'), null);
  await page.waitForSelector('[data-testid="notices"]', { state: 'detached' });

  // Two moons have two classes: class 3 is refused; the table shows two rows.
  await openLab(page, 'data=two-moons&class=3');
  await page.waitForSelector('[data-testid="notices"]');
  assert.equal((await page.$$('[data-testid="notices"] .notice')).length, 1);
  await waitReadout(page, 'modes-total', (v) => v === 2, 30000);
  await waitReadout(page, 'data-dist-2', Number.isFinite);
  assert.ok(await page.isVisible('[data-testid="class-dist-2"]'));
  assert.ok(!(await page.isVisible('[data-testid="class-dist-3"]')));

  // Too few drawn points for a batch, and unreadable points.
  for (const bad of ['data=drawn&points=0.1:0.1:1', 'data=drawn&points=0.1:0.1:12', 'data=drawn']) {
    await openLab(page, bad);
    await page.waitForSelector('[data-testid="notices"]');
    await waitReadout(page, 'modes-total', (v) => v === 8, 30000);
  }
  await screenshot(page, 'cgan-lab-bad-link');
  noErrors(page);
});

test('cGAN lab: points are drawn with a chosen label and trained on', async () => {
  const page = await newPage(browser);
  await openLab(page, 'batch=8');
  await waitStatus(page, (s) => s === 'paused', 30000);
  const clickRow = async (y, n) => {
    const canvas = page.locator('[data-testid="plot-field"]');
    await canvas.scrollIntoViewIfNeeded();
    const box = await canvas.boundingBox();
    for (let i = 0; i < n; i++) await page.mouse.click(box.x + box.width * (0.3 + 0.08 * i), box.y + box.height * y);
  };
  await page.click('[data-testid="draw-start"]');
  await page.click('[data-testid="draw-class-1"]');
  assert.equal(await page.getAttribute('[data-testid="draw-class-1"]', 'aria-pressed'), 'true');
  await clickRow(0.35, 5);
  await page.click('[data-testid="draw-class-2"]');
  assert.equal(await page.getAttribute('[data-testid="draw-class-2"]', 'aria-pressed'), 'true');
  await clickRow(0.65, 5);
  assert.equal(await page.textContent('[data-testid="drawn-count"]'), '10');
  await screenshot(page, 'cgan-lab-drawing');
  await page.click('[data-testid="draw-use"]');
  const q = await hashParams(page);
  assert.equal(q.get('data'), 'drawn');
  const labels = q.get('points').split(',').map((p) => p.split(':')[2]);
  assert.deepEqual(labels, ['1', '1', '1', '1', '1', '2', '2', '2', '2', '2']);
  // The drawn data has two classes, and the picker offers exactly those.
  await waitReadout(page, 'modes-total', (v) => v === 2, 30000);
  await waitReadout(page, 'data-dist-2', Number.isFinite);
  assert.ok(!(await page.isVisible('[data-testid="class-dist-3"]')));
  const options = await page.$$eval('[data-testid="class-pick"] option:not([disabled])', (os) => os.map((o) => o.value));
  assert.deepEqual(options, ['all', '1', '2']);
  // It trains.
  await page.click('[data-testid="lab-play"]');
  await waitReadout(page, 'iteration', (v) => v > 50, 30000);
  await screenshot(page, 'cgan-lab-drawn');
  noErrors(page);

  // Fewer points than a batch are refused with a hint, and the URL stays.
  const fresh = await newPage(browser);
  await openLab(fresh, '');
  await fresh.click('[data-testid="draw-start"]');
  await fresh.click('[data-testid="draw-class-3"]');
  const canvas = fresh.locator('[data-testid="plot-field"]');
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  for (let i = 0; i < 3; i++) await fresh.mouse.click(box.x + box.width * (0.4 + 0.1 * i), box.y + box.height * 0.5);
  assert.equal(await fresh.textContent('[data-testid="drawn-count"]'), '3');
  await fresh.click('[data-testid="draw-use"]');
  await fresh.waitForSelector('[data-testid="draw-too-few"]');
  assert.equal((await hashParams(fresh)).get('data'), null, 'nothing changed');
  noErrors(fresh);
});

test('cGAN lab: share link, exports and settings', async () => {
  const page = await newPage(browser);
  await openLab(page, 'data=two-moons&class=2');
  await waitStatus(page, (s) => s === 'paused', 30000);
  await page.click('[data-testid="lab-step"]');
  await waitReadout(page, 'iteration', (v) => v === 1);
  await page.fill('[data-testid="set-g-lr"]', '0.002');
  await page.press('[data-testid="set-g-lr"]', 'Enter');
  assert.equal((await hashParams(page)).get('g-lr'), '0.002');
  const link = await page.inputValue('[data-testid="share-link"]');
  const q = new URLSearchParams(link.split('?')[1]);
  for (const k of ['data', 'class', 'seed', 'loss', 'g-opt', 'd-opt', 'g-lr', 'd-lr', 'k', 'g-net', 'd-net', 'batch', 'act', 'steps', 'autorun']) {
    assert.ok(q.has(k), `share link has ${k}: ${link}`);
  }
  assert.equal(q.get('data'), 'two-moons');
  assert.equal(q.get('class'), '2');
  assert.equal(q.get('g-lr'), '0.002');
  const [png] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-plot-field"]')]);
  assert.equal(png.suggestedFilename(), 'cgan-lab-plot-field.png');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-csv"]')]);
  assert.equal(csv.suggestedFilename(), 'cgan-lab.csv');
  const text = await (await import('node:fs/promises')).readFile(await csv.path(), 'utf8');
  assert.match(text.split('\n')[0], /^iteration,loss_d,loss_g,v,d_real,d_fake,class_dist_mean$/);
  assert.ok(text.trim().split('\n').length >= 2, text.slice(0, 200));
  noErrors(page);
});
