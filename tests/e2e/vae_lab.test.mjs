// The VAE lab (issue 7): a seeded autorun link on 1-D Gaussian data brings the ELBO to
// −H(data) and not above it beyond the estimate's noise, with ELBO = recon − KL from one view;
// without the reparametrization trick the codes collapse (KL → 0) and σ_x stalls at the data's
// std, the toggle writes `reparam=` and, after a reset, the trick gets σ_x well below it; a 2-D
// link trains; bad links give notices; settings, share and exports; no console errors.
//
// Thresholds come from native runs of the same engine (the lab's defaults: z 1, 32 × 32 leaky
// ReLU, Adam 3·10⁻³, batch 256; seeds 1–6): on N(1, 0.5²) the 2 048-sample ELBO sits within
// −0.03…+0.03 nats of −H from 500 iterations on, its noise is 0.014 nats (sd over 60 draws,
// largest excess +0.033), σ_x 0.49–0.51. Two bumps without the trick: KL < 10⁻³, σ_x 1.55 against
// a data std of 1.552 from 300 iterations on; with the trick σ_x ≈ 0.28 at 1 000 and 0.16 at
// 2 000 iterations, KL ≈ 1.4–1.8. Two moons, z 2: KL ≈ 1.1–1.2 and σ_x / std ≈ 0.47–0.48 at 1 000.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, newPage, openLab as openPage, readout, waitReadout, hashParams, screenshot, noErrors, waitStatus,
  settled, countPixels, canvasChecksum, waitFor,
} from './helpers.mjs';

const BIMODAL = '0.5:-1.5:0.4,0.5:1.5:0.4';
/** The ELBO estimate's noise margin (3.5 × its 0.014-nat spread over 2 048 samples). */
const NOISE = 0.05;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const openLab = (page, query, options) => openPage(page, 'vae-lab', query, options);

/** Trains to `steps` (the link's limit) and returns the readouts of the final view (and `more`). */
async function finished(page, steps, more = []) {
  await waitStatus(page, (s) => s === 'done');
  await waitReadout(page, 'iteration', (v) => v === steps);
  return settled(page, ['elbo', 'recon', 'kl', 'sigma-x', 'data-std', 'sigma-ratio', ...more]);
}

test('VAE lab: a seeded autorun link on N(1, 0.5²) brings the ELBO to −H(data), and ELBO = recon − KL', async () => {
  const page = await newPage(browser);
  await openLab(page, 'data=1:1:0.5&seed=1&steps=2000&autorun=1');
  const r = await finished(page, 2000, ['elbo-gap']);
  const negH = await readout(page, 'neg-entropy');
  const want = -0.5 * Math.log(2 * Math.PI * Math.E * 0.25);
  assert.ok(Math.abs(negH - want) < 1e-9, `−H ${negH} vs ${want}`);
  assert.equal(r.elbo, r.recon - r.kl, 'one view: ELBO = recon − KL exactly');
  assert.ok(Math.abs(r.elbo - negH) < 0.1, `ELBO ${r.elbo} within 0.1 of −H ${negH}`);
  assert.ok(r.elbo <= negH + NOISE, `ELBO ${r.elbo} above −H ${negH} beyond noise`);
  assert.equal(r['elbo-gap'], r.elbo - negH);
  assert.equal(r['data-std'], 0.5);
  assert.ok(Math.abs(r['sigma-x'] - 0.5) < 0.05, `σ_x ${r['sigma-x']}`);
  assert.ok(r.kl >= 0, `KL ${r.kl}`);
  // Ignoring z is optimal on one Gaussian, and the codes collapse: the preset's lesson.
  assert.equal(await page.getAttribute('[data-testid="collapse-status"]', 'data-value'), 'collapsed');
  // A VAE makes one update per step: no D or G step buttons; its loss is the batch's −ELBO.
  assert.equal(await page.$('[data-testid="lab-step-d"]'), null);
  assert.equal(await page.$('[data-testid="lab-step-g"]'), null);
  assert.equal(await page.$('[data-testid="loss-g"]'), null);
  assert.ok(Number.isFinite(await readout(page, 'loss-d')));
  for (const id of ['plot-data', 'plot-prior', 'plot-latent', 'plot-decoded', 'plot-elbo']) {
    assert.ok((await countPixels(page, id)) > 200, `${id} is drawn`);
  }
  await screenshot(page, 'vae-lab-gaussian');
  noErrors(page);
});

test('VAE lab: without the trick the codes collapse and σ_x stalls at the data std; the toggle writes reparam=', async () => {
  const page = await newPage(browser);
  await openLab(page, `data=${BIMODAL}&seed=1&reparam=0&steps=1500&autorun=1`);
  assert.equal(await page.isChecked('[data-testid="reparam-toggle"]'), false);
  const off = await finished(page, 1500);
  const spread = Math.sqrt(1.5 ** 2 + 0.4 ** 2);
  assert.ok(Math.abs(off['data-std'] - spread) < 1e-12, `data std ${off['data-std']}`);
  assert.ok(off.kl >= 0 && off.kl < 0.05, `no trick: KL ${off.kl}`);
  assert.ok(Math.abs(off['sigma-x'] - spread) < 0.05 * spread, `no trick: σ_x ${off['sigma-x']} vs ${spread}`);
  assert.equal(off.elbo, off.recon - off.kl);
  assert.equal(await page.getAttribute('[data-testid="collapse-status"]', 'data-value'), 'collapsed');
  assert.match(await page.getAttribute('[data-testid="link-theory"]', 'href'), /#\/vae-theory\?.*trick=0.*step=4/);
  await screenshot(page, 'vae-lab-no-trick');
  // The toggle writes the URL and changes the running model in place (no restart).
  await page.click('[data-testid="reparam-toggle"]');
  assert.equal((await hashParams(page)).get('reparam'), '1');
  assert.equal(await readout(page, 'iteration'), 1500, 'a live change, not a restart');
  await page.waitForFunction(() => /trick=1/.test(document.querySelector('[data-testid="link-theory"]').getAttribute('href')));
  // A collapse is not undone by the trick (no gradient passes a decoder that ignores z):
  // reset, and the same seed trains with the trick.
  await page.click('[data-testid="lab-reset"]');
  await waitReadout(page, 'iteration', (v) => v < 1500, 30000);
  await waitStatus(page, (s) => s === 'paused');
  await page.click('[data-testid="lab-play"]');
  const on = await finished(page, 1500);
  assert.ok(on.kl > 0.5, `trick: KL ${on.kl}`);
  assert.ok(on['sigma-x'] < 0.35 * spread, `trick: σ_x ${on['sigma-x']} well below ${spread}`);
  assert.ok(on.recon > off.recon + 0.5, `reconstruction ${on.recon} vs ${off.recon}`);
  assert.equal(await page.getAttribute('[data-testid="collapse-status"]', 'data-value'), 'using');
  assert.equal((await hashParams(page)).get('reparam'), '1');
  await screenshot(page, 'vae-lab-trick');
  noErrors(page);
});

test('VAE lab: a 2-D link trains; the codes recolour; the data picker goes back to 1-D', async () => {
  const page = await newPage(browser);
  await openLab(page, 'data=two-moons&seed=1&steps=1000&autorun=1');
  const r = await finished(page, 1000);
  assert.equal(r.elbo, r.recon - r.kl);
  assert.ok(r['data-std'] > 0.3 && r['data-std'] < 0.6, `data std ${r['data-std']}`);
  assert.ok(r.kl > 0.5, `KL ${r.kl}`);
  assert.ok(r['sigma-ratio'] < 0.7, `σ_x / std ${r['sigma-ratio']}`);
  assert.equal(await page.$('[data-testid="neg-entropy"]'), null, '−H is unknown for a 2-D shape');
  assert.ok((await countPixels(page, 'plot-decoded')) > 500, 'the warped lattice is drawn');
  const before = await canvasChecksum(page, 'plot-latent');
  await page.click('[data-testid="color-position"]');
  await waitFor(async () => (await canvasChecksum(page, 'plot-latent')) !== before, { message: 'the codes are not recoloured' });
  await screenshot(page, 'vae-lab-two-moons');
  // Back to a 1-D mixture: the default data, and the latent's default follows (z dropped).
  await page.selectOption('[data-testid="lab-data"]', 'mixture');
  const q = await hashParams(page);
  assert.equal(q.get('data'), BIMODAL, 'the default: two bumps');
  assert.equal(q.get('z'), null);
  await page.waitForSelector('[data-testid="neg-entropy"]');
  noErrors(page);
});

// The default teaches (issue 18): on two bumps the codes carry which bump by ~1 000
// iterations, as the lead says. `cargo xtask bench` prints 5 seeds × 3 000 iterations, run
// natively (KL ≈ 1.9 nats on each); CI runs two short ones here.
test('VAE lab: on the default data (two bumps) the codes are used: KL above 1 nat by 1 000 iterations', async () => {
  for (const seed of [1, 2]) {
    const page = await newPage(browser);
    await openLab(page, `seed=${seed}&steps=1000&autorun=1`);
    const r = await finished(page, 1000);
    assert.ok(r.kl > 1, `seed ${seed}: KL ${r.kl}`);
    assert.ok(r['sigma-x'] < 0.35, `seed ${seed}: σ_x ${r['sigma-x']}`);
    assert.ok(Math.abs(r['data-std'] - Math.sqrt(2.41)) < 1e-12, `data std ${r['data-std']}`);
    assert.equal(await page.getAttribute('[data-testid="collapse-status"]', 'data-value'), 'using');
    noErrors(page);
    await page.close();
  }
});

test('VAE lab: a malformed link gives notices and defaults; controls, settings, share and exports', async () => {
  const page = await newPage(browser);
  await openLab(page, 'data=1:0&z=3&beta=-1&reparam=yes&seed=x', { ready: false });
  const notices = await page.$$('[data-testid="notices"] .notice');
  assert.ok(notices.length >= 5, `notices: ${notices.length}`);
  // The default data, two bumps ½ N(∓1.5, 0.4²): spread √2.41; 7.5σ apart, so −H is just
  // above one bump's −H minus ln 2 (by their 2.6·10⁻⁴-nat overlap).
  await waitReadout(page, 'data-std', (v) => Math.abs(v - Math.sqrt(2.41)) < 1e-12);
  const bump = -0.5 * Math.log(2 * Math.PI * Math.E * 0.16);
  const gap = (await readout(page, 'neg-entropy')) - (bump - Math.log(2));
  assert.ok(gap > 2e-4 && gap < 3e-4, `−H gap ${gap}`);
  assert.equal(await page.isChecked('[data-testid="reparam-toggle"]'), true, 'the default: with the trick');
  assert.equal(await page.inputValue('[data-testid="beta-slider"]'), '1');
  // No autorun: the run waits; one step, then a little training.
  await waitStatus(page, (s) => s === 'paused');
  await page.click('[data-testid="lab-step"]');
  await waitReadout(page, 'iteration', (v) => v === 1);
  await page.click('[data-testid="lab-play"]');
  await waitStatus(page, (s) => s === 'running');
  await waitReadout(page, 'iteration', (v) => v > 100, 30000);
  await page.click('[data-testid="lab-play"]');
  await waitStatus(page, (s) => s === 'paused');
  // Typed settings go through the link's parsers: a bad one is refused, a good one written.
  await page.fill('[data-testid="set-lr"]', 'abc');
  await page.press('[data-testid="set-lr"]', 'Enter');
  await page.waitForSelector('[data-testid="settings-error"]');
  assert.equal((await hashParams(page)).get('lr'), null);
  await page.fill('[data-testid="set-beta"]', '0.5');
  await page.press('[data-testid="set-beta"]', 'Enter');
  assert.equal((await hashParams(page)).get('beta'), '0.5');
  await page.waitForFunction(() => document.querySelector('[data-testid="beta-slider"]').value === '0.5');
  // Share: the link restores the data, every hyperparameter, the seed and the iterations.
  const link = await page.inputValue('[data-testid="share-link"]');
  const q = new URLSearchParams(link.split('?')[1]);
  for (const k of ['data', 'seed', 'z', 'net', 'act', 'lr', 'batch', 'beta', 'reparam', 'steps', 'autorun']) {
    assert.ok(q.has(k), `share link has ${k}: ${link}`);
  }
  assert.equal(q.get('data'), BIMODAL);
  assert.equal(q.get('beta'), '0.5');
  assert.equal(q.get('reparam'), '1');
  // Exports: a PNG of a figure and the VAE's CSV log.
  const [png] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-plot-latent"]')]);
  assert.equal(png.suggestedFilename(), 'vae-lab-plot-latent.png');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-csv"]')]);
  assert.equal(csv.suggestedFilename(), 'vae-lab.csv');
  const text = await (await import('node:fs/promises')).readFile(await csv.path(), 'utf8');
  assert.match(text.split('\n')[0], /^iteration,loss,elbo,recon,kl$/);
  assert.ok(text.trim().split('\n').length > 2, text.slice(0, 200));
  // A new latent dimension restarts the run from the seed.
  await page.selectOption('[data-testid="set-z"]', '2');
  assert.equal((await hashParams(page)).get('z'), '2');
  await waitReadout(page, 'iteration', (v) => v === 0, 30000);
  await screenshot(page, 'vae-lab-malformed');
  // Back to the defaults from the notices.
  await page.click('[data-testid="reset-defaults"]');
  const after = await hashParams(page);
  for (const k of ['data', 'z', 'beta', 'reparam', 'seed']) assert.equal(after.get(k), null, k);
  noErrors(page);
});
