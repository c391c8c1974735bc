// The entropy lesson as a user works it: readouts against an independent reference, the
// one-hot button, typed and dragged values, URL round-trips and bad input.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, newPage, open, readout, waitReadout, hashParams, screenshot, noErrors, entropyRef, close,
} from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('entropy readout matches −Σ p ln p, in nats and bits', async () => {
  const page = await newPage(browser);
  for (const p of [[0.2, 0.3, 0.5], [0.1, 0.2, 0.7], [0.5, 0.5], [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]]) {
    await open(page, `entropy?p=${p.join(',')}`);
    close(await readout(page, 'entropy'), entropyRef(p));
    close(await readout(page, 'entropy-max'), Math.log(p.length));
    assert.equal(await page.isVisible('[data-testid="notices"]'), false, `no notice for ${p}`);
  }
  await open(page, 'entropy?p=0.5,0.25,0.25&unit=bits');
  close(await readout(page, 'entropy'), 1.5);
  noErrors(page);
});

test('the one-hot button gives H = 0 exactly', async () => {
  const page = await newPage(browser);
  await open(page, 'entropy?p=0.2,0.3,0.5');
  await page.click('[data-testid="one-hot"]');
  await waitReadout(page, 'entropy', (v) => v === 0);
  assert.equal((await hashParams(page)).get('p'), '0,0,1');
  await page.click('[data-testid="uniform"]');
  await waitReadout(page, 'entropy', (v) => Math.abs(v - Math.log(3)) < 1e-12);
  noErrors(page);
});

test('a typed value round-trips through the URL and a reload', async () => {
  const page = await newPage(browser);
  await open(page, 'entropy?p=0.2,0.3,0.5&unit=nats');
  await page.fill('[data-testid="p-input-0"]', '0.6');
  await page.press('[data-testid="p-input-0"]', 'Enter');
  const p = [0.6, 0.3 * 0.4 / 0.8, 0.5 * 0.4 / 0.8];
  await waitReadout(page, 'entropy', (v) => Math.abs(v - entropyRef(p)) < 1e-12);
  const url = page.url();
  assert.match(url, /p=0\.6,/);
  await page.click('[data-testid="unit-bits"]');
  await waitReadout(page, 'entropy', (v) => Math.abs(v - entropyRef(p, true)) < 1e-12);
  await page.reload();
  await page.waitForSelector('[data-testid="entropy"]');
  close(await readout(page, 'entropy'), entropyRef(p, true));
  assert.equal(await page.inputValue('[data-testid="p-input-0"]'), '0.6');
  noErrors(page);
});

test('a bad typed value is refused with a message and nothing is lost', async () => {
  const page = await newPage(browser);
  await open(page, 'entropy?p=0.2,0.3,0.5');
  await page.fill('[data-testid="p-input-1"]', 'abc');
  await page.press('[data-testid="p-input-1"]', 'Enter');
  await page.waitForSelector('[data-testid="input-error"]');
  assert.equal(await page.inputValue('[data-testid="p-input-1"]'), '0.3');
  close(await readout(page, 'entropy'), entropyRef([0.2, 0.3, 0.5]));
  noErrors(page);
});

test('dragging a bar changes p and commits it to the URL on release', async () => {
  const page = await newPage(browser);
  await open(page, 'entropy?p=0.2,0.3,0.5');
  const bar = await page.locator('[data-testid="p-bar-0"]').boundingBox();
  const x = bar.x + bar.width / 2;
  await page.mouse.move(x, bar.y + bar.height * 0.5);
  await page.mouse.down();
  await page.mouse.move(x, bar.y + bar.height * 0.1, { steps: 5 });
  await page.mouse.up();
  const p = (await hashParams(page)).get('p').split(',').map(Number);
  assert.ok(p[0] > 0.85 && p[0] < 0.95, `dragged p1 = ${p[0]}`);
  close(p.reduce((a, b) => a + b), 1, 1e-12);
  close(await readout(page, 'entropy'), entropyRef(p));
  noErrors(page);
});

test('a bar works from the keyboard', async () => {
  const page = await newPage(browser);
  await open(page, 'entropy?p=0.5,0.5');
  await page.focus('[data-testid="p-bar-0"]');
  await page.keyboard.press('End');
  await waitReadout(page, 'entropy', (v) => v === 0);
  await page.keyboard.press('PageDown');
  assert.equal((await hashParams(page)).get('p'), '0.9,0.1');
  noErrors(page);
});

test('n from 2 to 10 with the +/− buttons', async () => {
  const page = await newPage(browser);
  await open(page, 'entropy?p=0.5,0.5');
  for (let i = 0; i < 8; i++) await page.click('[data-testid="p-more"]');
  assert.equal(await page.textContent('[data-testid="p-n"]'), '10');
  assert.ok(await page.isDisabled('[data-testid="p-more"]'));
  close(await readout(page, 'entropy'), Math.log(2));
  noErrors(page);
});

test('malformed URLs show a notice, fall back, and can be reset', async () => {
  const page = await newPage(browser);
  for (const bad of ['p=abc', 'p=', 'p=0.5,-0.5,1', 'p=1', 'p=0,0', 'unit=furlongs', 'step=99', 'x=7', 'lang=de']) {
    await open(page, `entropy?${bad}`);
    await page.waitForSelector('[data-testid="notices"]');
    await page.waitForSelector('[data-testid="entropy"]');
  }
  await open(page, 'entropy?p=abc');
  close(await readout(page, 'entropy'), entropyRef([0.2, 0.3, 0.5]));
  await screenshot(page, 'entropy-bad-url');
  await page.click('[data-testid="notices"] [data-testid="reset-defaults"]');
  assert.equal(await page.isVisible('[data-testid="notices"]'), false);
  assert.equal((await hashParams(page)).get('p'), null);
  await open(page, 'entropy?p=1,1,2');
  assert.match(await page.textContent('[data-testid="notices"]'), /4/);
  close(await readout(page, 'entropy'), entropyRef([0.25, 0.25, 0.5]));
  noErrors(page);
});

test('the limit figure: x·ln x → 0 as x → 0⁺', async () => {
  const page = await newPage(browser);
  await open(page, 'entropy?x=1e-9');
  close(await readout(page, 'x-log-x'), 1e-9 * Math.log(1e-9));
  await page.locator('[data-testid="x-slider"]').fill('-12');
  await waitReadout(page, 'x', (v) => Math.abs(v - 1e-12) < 1e-24);
  assert.equal((await hashParams(page)).get('x'), '1e-12');
  noErrors(page);
});
