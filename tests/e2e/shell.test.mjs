// The shell: hash navigation without reloads, embed mode, lecture mode and keyboard steps, and
// the two-module split (a lesson page never loads the training worker).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, newPage, open, openLesson, readout, waitReadout, hashParams, screenshot, noErrors, close, APP_URL,
} from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('hash navigation between lessons and parameter sets shows the new state without a reload', async () => {
  const page = await newPage(browser);
  await open(page, 'entropy?p=0.5,0.5');
  await page.evaluate(() => { window.__noReload = true; });
  close(await readout(page, 'entropy'), Math.log(2));
  await page.evaluate(() => { location.hash = '#/entropy?p=1,0'; });
  await waitReadout(page, 'entropy', (v) => v === 0);
  await page.click('nav [data-slug="glossary"]');
  await page.waitForSelector('[data-testid="glossary"]');
  await page.goBack();
  await page.waitForSelector('[data-testid="lesson-entropy"]');
  await waitReadout(page, 'entropy', (v) => v === 0);
  await page.goBack();
  await waitReadout(page, 'entropy', (v) => Math.abs(v - Math.log(2)) < 1e-15);
  await page.goForward();
  await waitReadout(page, 'entropy', (v) => v === 0);
  assert.equal(await page.evaluate(() => window.__noReload), true);
  noErrors(page);
});

test('the table of contents is the only <nav>, and embed mode hides it', async () => {
  const page = await newPage(browser);
  await open(page, 'entropy');
  assert.equal(await page.locator('nav').count(), 1);
  await openLesson(page, 'entropy', 'embed=1&p=0,1');
  assert.equal(await page.locator('nav').count(), 0);
  assert.equal(await page.locator('header').count(), 0);
  assert.equal(await readout(page, 'entropy'), 0);
  const full = await page.getAttribute('[data-testid="open-full"]', 'href');
  assert.ok(full.startsWith(APP_URL) && !full.includes('embed'), full);
  await page.setViewportSize({ width: 360, height: 700 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the phone layout scrolls sideways by ${overflow}px`);
  await screenshot(page, 'entropy-embed-phone');
  noErrors(page);
});

test('the embed snippet loads the lesson in an iframe', async () => {
  const page = await newPage(browser);
  await open(page, 'entropy?p=0.25,0.75');
  await page.click('[data-testid="embed"] summary');
  const snippet = await page.inputValue('[data-testid="embed-snippet"]');
  assert.match(snippet, /^<iframe src="[^"]+#\/entropy\?p=0\.25,0\.75&embed=1"/);
  await page.setContent(`<!doctype html><h1>Course page</h1>${snippet}`);
  const frame = page.frameLocator('iframe');
  await frame.locator('[data-testid="entropy"]').waitFor();
  const v = Number(await frame.locator('[data-testid="entropy"]').getAttribute('data-value'));
  close(v, -(0.25 * Math.log(0.25) + 0.75 * Math.log(0.75)));
  assert.equal(await frame.locator('nav').count(), 0);
  noErrors(page);
});

test('lecture mode: the toggle puts lecture=1 in the URL and enlarges the type', async () => {
  const page = await newPage(browser);
  await open(page, 'entropy');
  const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const normal = await size();
  await page.click('[data-testid="lecture-toggle"]');
  assert.equal((await hashParams(page)).get('lecture'), '1');
  assert.ok((await size()) >= normal * 1.4, 'big type');
  await page.click('[data-testid="lecture-toggle"]');
  assert.equal((await hashParams(page)).get('lecture'), null);
  noErrors(page);
});

test('the full app fits a phone and a projector', async () => {
  const page = await newPage(browser);
  for (const [width, height] of [[360, 740], [1920, 1080]]) {
    await page.setViewportSize({ width, height });
    await open(page, 'entropy?step=6');
    await page.waitForSelector('[data-testid="entropy"]');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${width}px: the page scrolls sideways by ${overflow}px`);
    await screenshot(page, `entropy-${width}px`);
  }
  noErrors(page);
});

test('keyboard steps: → Space PageDown forward, ← PageUp back, in the URL', async () => {
  const page = await newPage(browser);
  await open(page, 'entropy?step=1&lecture=1');
  await page.waitForSelector('[data-testid="step-1"]');
  assert.equal(await page.isVisible('[data-testid="step-2"]'), false);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await page.keyboard.press('PageDown');
  assert.equal((await hashParams(page)).get('step'), '4');
  assert.ok(await page.isVisible('[data-testid="step-4"]'));
  assert.equal(await page.isVisible('[data-testid="step-5"]'), false);
  await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowLeft');
  assert.equal((await hashParams(page)).get('step'), '2');
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  assert.equal((await hashParams(page)).get('step'), '6');
  assert.ok(await page.isVisible('[data-testid="step-6"]'));
  await screenshot(page, 'entropy-lecture-step6');
  await page.reload();
  await page.waitForSelector('[data-testid="step-6"]');
  assert.ok(await page.isVisible('[data-testid="step-6"]'));
  noErrors(page);
});

test('every control is reachable by Tab with a visible focus', async () => {
  const page = await newPage(browser);
  await open(page, 'entropy');
  const seen = new Set();
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      const name = el.getAttribute('aria-label') || el.labels?.[0]?.textContent || el.textContent;
      return { id: el.dataset?.testid ?? el.tagName, outline: style.outlineStyle, name: (name ?? '').trim() };
    });
    if (info.id !== 'BODY') {
      assert.notEqual(info.outline, 'none', `${info.id} shows focus`);
      assert.ok(info.name.length > 0, `${info.id} has an accessible name`);
    }
    seen.add(info.id);
  }
  for (const id of ['one-hot', 'uniform', 'p-bar-0', 'p-input-0', 'x-slider', 'next-step', 'lang-ru', 'fullscreen']) {
    assert.ok(seen.has(id), `Tab reaches ${id}: ${[...seen]}`);
  }
  noErrors(page);
});

test('a lesson page never downloads the training worker', async () => {
  const page = await newPage(browser);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await open(page, 'entropy');
  await page.waitForSelector('[data-testid="entropy"]');
  // Everything the page fetches has come: no request for half a second.
  await page.waitForLoadState('networkidle');
  assert.ok(requests.some((u) => u.endsWith('.wasm')), 'the lesson bundle loads');
  assert.deepEqual(requests.filter((u) => /worker/.test(u)), []);
  noErrors(page);
});
