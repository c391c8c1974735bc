// The labs lead with their figure (issue 18): at 1280×900 the largest figure of every lab is at
// least 560 px wide and starts on the first screen; the contents fold into the header's button
// on a lab; the home page shows the contents once; the engine check lives on About.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, open, openLesson, screenshot, noErrors, frames } from './helpers.mjs';

const LABS = ['gan-1d', 'gan-2d', 'cgan-lab', 'vae-lab', 'gan-vs-vae'];

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

/** The largest canvas of the page: its test id, size and top (from the top of the page). */
const largest = (page) => page.$$eval('main canvas', (cs) => cs
  .map((c) => { const r = c.getBoundingClientRect(); return { id: c.dataset.testid, w: r.width, h: r.height, top: r.top + window.scrollY }; })
  .sort((a, b) => b.w * b.h - a.w * a.h)[0]);

test('at 1280×900 every lab shows its main figure, at least 560 px wide, on the first screen (RU and EN)', async () => {
  const page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  for (const lang of ['ru', 'en']) {
    for (const slug of LABS) {
      await openLesson(page, slug, `lang=${lang}`);
      await page.waitForSelector('main canvas');
      const fig = await largest(page);
      assert.ok(fig.w >= 560, `${slug} (${lang}): ${fig.id} is ${fig.w} px wide`);
      // Starts on the first screen with a good part of it there.
      assert.ok(fig.top + 200 <= 900, `${slug} (${lang}): ${fig.id} starts at ${fig.top} px`);
      assert.equal(await page.isVisible('[data-testid="site-nav"]'), false, `${slug}: the contents are folded`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${slug} (${lang}) scrolls sideways by ${overflow}px`);
      await screenshot(page, `first-screen-${slug}-${lang}`);
    }
  }
  noErrors(page);
});

test('a lab folds the contents into the header: the button opens them, Escape and a link close them', async () => {
  const page = await newPage(browser);
  await openLesson(page, 'gan-2d', 'lang=en');
  const toggle = '[data-testid="toc-toggle"]';
  assert.equal(await page.getAttribute(toggle, 'aria-expanded'), 'false');
  await page.click(toggle);
  await page.waitForSelector('[data-testid="site-nav"]', { state: 'visible' });
  assert.equal(await page.getAttribute(toggle, 'aria-expanded'), 'true');
  assert.equal(await page.getAttribute('[data-testid="toc-gan-2d"]', 'aria-current'), 'page');
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-testid="site-nav"]', { state: 'hidden' });
  // Open again and go to another lab: the contents close behind the link.
  await page.click(toggle);
  await page.click('[data-testid="toc-gan-1d"]');
  await page.waitForSelector('[data-testid="lesson-gan-1d"]');
  await page.waitForSelector('[data-testid="site-nav"]', { state: 'hidden' });
  assert.equal(await page.getAttribute(toggle, 'aria-expanded'), 'false');
  // A derivation shows the contents beside it, with no button.
  await page.click(toggle);
  await page.click('[data-testid="toc-entropy"]');
  await page.waitForSelector('[data-testid="lesson-entropy"]');
  assert.equal(await page.isVisible('[data-testid="site-nav"]'), true);
  assert.equal(await page.isVisible(toggle), false);
  noErrors(page);
});

test('the home page shows the contents once; About holds the engine check and the benchmark', async () => {
  const page = await newPage(browser);
  await open(page, '?lang=en');
  await page.waitForSelector('[data-testid="home"]');
  assert.equal(await page.locator('[data-testid="contents"]').count(), 1);
  assert.equal(await page.locator('[data-testid="toc-engine"]').count(), 0);
  await page.click('[data-testid="toc-about"]');
  await page.waitForSelector('[data-testid="about"]');
  assert.match(await page.getAttribute('[data-testid="about-engine"]', 'href'), /#\/engine\?lang=en$/);
  assert.match(await page.getAttribute('[data-testid="about-bench"]', 'href'), /#\/bench\?lang=en$/);
  // The footer of a lesson: glossary and About, nothing stray between them.
  await openLesson(page, 'entropy', 'lang=ru');
  const footer = await page.$eval('.prev-next', (el) => [...el.childNodes].filter((n) => n.nodeType === 3 && n.textContent.trim()).length);
  assert.equal(footer, 0, 'no loose text in the lesson footer');
  assert.ok(await page.isVisible('[data-testid="about-link"]'));
  await screenshot(page, 'about-en');
  noErrors(page);
});

// Lecture mode is a slide per step (issue 18): at 1280×720, after each → of a clicker, the
// newest step and a figure are on the screen, and nothing overflows sideways.
test('lecture mode at 1280×720: every step of every derivation shows beside a figure', async () => {
  const page = await newPage(browser, { viewport: { width: 1280, height: 720 } });
  await open(page, '?lang=ru');
  const slugs = await page.$$eval('nav [data-slug]', (as) => as.map((a) => a.dataset.slug));
  const problems = [];
  for (const slug of slugs) {
    await open(page, `${slug}?lang=ru&lecture=1&step=1`);
    await page.waitForSelector('main h1');
    const n = await page.locator('li[data-step]').count();
    if (n === 0) continue; // a lab, the glossary, About
    for (let k = 1; k <= n; k++) {
      if (k > 1) {
        await page.keyboard.press('ArrowRight');
        await page.waitForFunction((k) => !document.querySelector(`li[data-step="${k}"]`)?.hidden, k);
      }
      await frames(page, 3);
      const seen = await page.evaluate((k) => {
        const h = window.innerHeight;
        const r = document.querySelector(`li[data-step="${k}"]`).getBoundingClientRect();
        // The step: its top on the screen, and all of it unless it is taller than the screen.
        const step = r.top >= 0 && r.top < h && (r.bottom <= h || r.height > h * 0.8);
        const onScreen = (f) => {
          const b = f.getBoundingClientRect();
          return Math.min(b.bottom, h) - Math.max(b.top, 0) >= Math.min(150, b.height);
        };
        const beside = '.lesson-grid > :not(.derivation)';
        const figures = [...document.querySelectorAll(`${beside} figure`)];
        // The figure the step cues, where it cues one; else any figure.
        const cued = [...document.querySelectorAll(`${beside} .cue figure, ${beside} figure.cue`)];
        const visible = cued.length > 0 ? cued.some(onScreen) : figures.some(onScreen);
        return { step, visible, figures: figures.length, overflow: document.documentElement.scrollWidth - window.innerWidth };
      }, k);
      if (!seen.step) problems.push(`${slug} step ${k}: the step is off screen`);
      if (seen.figures > 0 && !seen.visible) problems.push(`${slug} step ${k}: its figure is off screen`);
      if (seen.overflow > 0) problems.push(`${slug} step ${k}: scrolls sideways by ${seen.overflow}px`);
    }
    await screenshot(page, `lecture-${slug}-last-step`);
  }
  assert.deepEqual(problems, []);
  noErrors(page);
});

test('on a phone the header is one line and its controls are in a menu', async () => {
  const page = await newPage(browser, { viewport: { width: 390, height: 844 } });
  await openLesson(page, 'gan-2d', 'lang=ru');
  const header = await page.$eval('header', (h) => h.getBoundingClientRect().height);
  assert.ok(header <= 72, `the header is ${header}px tall`);
  assert.equal(await page.isVisible('[data-testid="lang-en"]'), false);
  await page.click('[data-testid="menu-toggle"]');
  assert.equal(await page.getAttribute('[data-testid="menu-toggle"]', 'aria-expanded'), 'true');
  await page.click('[data-testid="lang-en"]');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await page.isVisible('[data-testid="lang-en"]'), false, 'a choice closes the menu');
  // The lab's main figure fits the width, at least 240 px tall.
  const fig = await largest(page);
  assert.ok(fig.w <= 390 && fig.h >= 240, `${fig.id}: ${fig.w}×${fig.h}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `scrolls sideways by ${overflow}px`);
  await screenshot(page, 'phone-gan-2d');
  noErrors(page);
});
