// Every word in the page's language. Each page of the contents is opened in Russian and in
// English, with every derivation step revealed, every exercise tried once (so its feedback and
// solution are shown) and every lab run for a few iterations (so its status, readouts and
// figures' text alternatives are filled). Then every text node and every text attribute (aria-
// label, title, alt, placeholder) is read:
//   * Russian: no Latin word but those in latin_ok.txt (a single letter is a symbol; `math:`
//     entries only inside formulas, where only <mtext> is words);
//   * English: no Cyrillic letter at all.
// Parts marked with another `lang` (the glossary's columns, the language buttons) and code
// (<code>, <pre>, <textarea>: the embed snippet) are skipped, as WCAG's "language of parts"
// asks. Canvas words are checked through the figures' text alternatives, which name the axes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, newPage, open, openLesson, noErrors, LATIN_OK, waitRuns, settledAll, frames,
} from './helpers.mjs';

const allowed = LATIN_OK;

const LABS = new Set(['gan-1d', 'gan-2d', 'cgan-lab', 'vae-lab', 'gan-vs-vae']);
// The benchmark times the worker as soon as it opens; the engine page is checked without runs.
const SKIP = new Set(['bench']);

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

/** Reveals what a page can show: every step, every exercise's feedback and solution. */
async function revealAll(page) {
  if (await page.$('[data-testid="all-steps"]:not([disabled])')) await page.click('[data-testid="all-steps"]');
  const checks = await page.$$('[data-testid^="exercise-"][data-testid$="-check"]');
  for (const check of checks) {
    if (await check.isVisible() && await check.isEnabled()) await check.click();
  }
  const solutions = await page.$$('button[data-testid^="exercise-"][data-testid$="-solution"]');
  for (const s of solutions) {
    if (await s.isVisible() && await s.isEnabled()) await s.click();
  }
  const hints = await page.$$('button[data-testid^="exercise-"][data-testid$="-hint"]');
  for (const h of hints) {
    if (await h.isVisible() && await h.isEnabled() && (await h.getAttribute('aria-expanded')) !== 'true') await h.click();
  }
  await page.$$eval('details', (ds) => ds.forEach((d) => { d.open = true; }));
}

/** The words of the page that are not in its language, as "where: word in «text»". */
function scan(page, lang) {
  return page.evaluate(({ lang, allowed }) => {
    const anywhere = new Set(allowed.anywhere);
    const mathOk = new Set(allowed.math);
    const bad = [];
    const langOf = (el) => el.closest('[lang]')?.getAttribute('lang') ?? lang;
    const skipped = (el) => !!el.closest('code, pre, kbd, samp, script, style, noscript, textarea, svg');
    const describe = (el) => {
      const t = el.closest('[data-testid]');
      return `${el.tagName.toLowerCase()}${t ? `[data-testid=${t.dataset.testid}]` : ''}`;
    };
    const check = (text, where, inMath) => {
      if (!text || !text.trim()) return;
      if (lang === 'en') {
        if (/[\u0400-\u04FF]/.test(text)) bad.push(`${where}: Cyrillic in «${text.trim().slice(0, 160)}»`);
        return;
      }
      // A word starts with a Latin letter (p_data is one); after `_` comes a subscript.
      for (const m of text.matchAll(/[A-Za-z][A-Za-z0-9_]*/g)) {
        const w = m[0].split('_')[0];
        if (w.length < 2 || anywhere.has(w) || (inMath && mathOk.has(w))) continue;
        bad.push(`${where}: "${w}" in «${text.trim().slice(0, 160)}»`);
      }
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || skipped(el) || langOf(el) !== lang) continue;
      const math = el.closest('math');
      // In MathML only <mtext> is words; <mi>, <mo>, <mn> are symbols and operator names.
      if (math && !el.closest('mtext')) continue;
      check(n.nodeValue, describe(el), !!math);
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [alt], [placeholder], [aria-description]')) {
      if (skipped(el) || langOf(el) !== lang) continue;
      for (const a of ['aria-label', 'title', 'alt', 'placeholder', 'aria-description']) {
        const v = el.getAttribute(a);
        if (v) check(v, `${describe(el)} @${a}`, false);
      }
    }
    check(document.title, 'title', false);
    return bad;
  }, { lang, allowed });
}

async function walk(lang) {
  const page = await newPage(browser);
  await open(page, `?lang=${lang}`);
  // The contents, and the engine check that About links to.
  const slugs = [...(await page.$$eval('nav [data-slug]', (as) => as.map((a) => a.dataset.slug))), 'engine']
    .filter((s) => !SKIP.has(s));
  assert.ok(slugs.length >= 15, `contents: ${slugs}`);
  const found = [];
  found.push(...(await scan(page, lang)).map((b) => `home: ${b}`));
  for (const slug of slugs) {
    const lab = LABS.has(slug);
    if (lab) {
      await openLesson(page, slug, `lang=${lang}&steps=40&autorun=1`);
      // Every run of the page (gan-vs-vae has two) ends its 40 iterations, and every number
      // derived from the runs is the final one's.
      const runs = await waitRuns(page, (s) => s === 'done' || s === 'diverged');
      if (runs.every((s) => s === 'done')) await settledAll(page, 40);
    } else {
      await open(page, `${slug}?lang=${lang}`);
      await page.waitForSelector('main h1');
      // A lab missing from LABS would be walked untrained, its run's words unseen.
      assert.equal(await page.$('article.lab'), null, `${slug} is a lab: add it to LABS`);
    }
    await revealAll(page);
    // What the clicks revealed is drawn by the next frames.
    await frames(page, 2);
    found.push(...(await scan(page, lang)).map((b) => `${slug}: ${b}`));
    // Canvases are checked through their text alternatives: each has one, naming its axes.
    const unlabelled = await page.$$eval('canvas[role="img"]', (cs) => cs.filter((c) => !c.getAttribute('aria-label')?.trim()).map((c) => c.dataset.testid));
    for (const c of unlabelled) found.push(`${slug}: canvas ${c} has no text alternative`);
  }
  noErrors(page);
  await page.context().close();
  return found;
}

test('every page speaks only its language: Russian and English walked side by side', async () => {
  const [ru, en] = await Promise.all([walk('ru'), walk('en')]);
  const all = [...ru.map((b) => `[ru] ${b}`), ...en.map((b) => `[en] ${b}`)];
  assert.deepEqual(all, [], `${all.length} words not in the page's language:\n${all.join('\n')}`);
});
