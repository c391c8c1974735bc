// Every registered lesson (walked from the table of contents, which the registry generates)
// opens in RU and EN with no console error, and is screenshotted for people to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, open, screenshot, noErrors } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('every registered lesson opens in both languages without console errors', async () => {
  const page = await newPage(browser);
  await open(page, '');
  const slugs = await page.$$eval('nav [data-slug]', (as) => as.map((a) => a.dataset.slug));
  assert.ok(slugs.includes('entropy'), `contents: ${slugs}`);
  // The engine check and the benchmark are the lecturer's, on About, not in the contents.
  assert.ok(slugs.includes('glossary') && slugs.includes('about') && !slugs.includes('engine'), `contents: ${slugs}`);
  const titles = {};
  for (const lang of ['en', 'ru']) {
    for (const slug of slugs) {
      await open(page, `${slug}?lang=${lang}`);
      await page.waitForSelector('main h1');
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      const h1 = await page.textContent('main h1');
      titles[`${slug}-${lang}`] = h1;
      if (lang === 'ru') assert.ok(/[а-яё]/i.test(h1), `${slug} has a Russian title: ${h1}`);
      await screenshot(page, `${slug}-${lang}`);
    }
  }
  assert.notEqual(titles['entropy-en'], titles['entropy-ru']);
  noErrors(page);
});

test('the language switch sets the URL, <html lang> and every word', async () => {
  const page = await newPage(browser, { locale: 'en-US' });
  await open(page, 'entropy');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.click('[data-testid="lang-ru"]');
  assert.equal(await page.getAttribute('html', 'lang'), 'ru');
  assert.match(await page.textContent('main h1'), /Энтропия/);
  assert.match(await page.evaluate(() => location.hash), /lang=ru/);
  noErrors(page);
});

test('the browser language is the default, and lang= in the URL wins', async () => {
  const page = await newPage(browser, { locale: 'ru-RU' });
  await open(page, 'entropy');
  assert.equal(await page.getAttribute('html', 'lang'), 'ru');
  await open(page, 'entropy?lang=en');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  noErrors(page);
});

test('an unknown slug shows a friendly page with the contents', async () => {
  const page = await newPage(browser);
  await open(page, 'no-such-lesson?embed=1');
  await page.waitForSelector('[data-testid="not-found"]');
  assert.ok(await page.isVisible('[data-testid="not-found"] [data-slug="entropy"]'));
  await page.click('[data-testid="not-found"] [data-slug="entropy"]');
  await page.waitForSelector('[data-testid="lesson-entropy"]');
  await screenshot(page, 'not-found');
  noErrors(page);
});

test('glossary pairs the seminar terms', async () => {
  const page = await newPage(browser);
  await open(page, 'glossary');
  const text = await page.textContent('[data-testid="glossary"]');
  assert.match(text, /функция близости/);
  assert.match(text, /divergence/);
  assert.match(text, /унитарное кодирование/);
  assert.match(text, /one-hot encoding/);
  noErrors(page);
});
