// A live training run on #/engine for a while, printed as figures (not a test): the worker's
// steps/s, the page's frames/s and the page's JS heap at intervals, to show the page stays
// smooth and its memory flat. `SECONDS=120 node live.mjs` (APP_URL as for the tests).
import { launch, newPage, open, readout } from './helpers.mjs';

const SECONDS = Number(process.env.SECONDS ?? 60);
const MODEL = process.env.MODEL ?? 'gan-2d';
const browser = await launch();
try {
  const page = await newPage(browser);
  const cdp = await page.context().newCDPSession(page);
  await open(page, `engine?train=${MODEL}`);
  await page.click('[data-testid="train-start"]');
  const start = Date.now();
  while (Date.now() - start < SECONDS * 1000) {
    await page.waitForTimeout(10000);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await page.evaluate(() => performance.memory.usedJSHeapSize / 1048576);
    console.log(JSON.stringify({
      t: Math.round((Date.now() - start) / 1000), model: MODEL,
      iteration: await readout(page, 'iteration'), steps_per_s: await readout(page, 'steps-per-sec'),
      fps: await readout(page, 'fps'), page_heap_mb: Math.round(heap * 100) / 100,
      worker_memory_mb: await readout(page, 'worker-memory'),
    }));
  }
  if (page.errors.length) console.error(`console errors: ${page.errors.join('\n')}`);
} finally {
  await browser.close();
}
