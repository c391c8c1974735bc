// Page frames per second in every lab while it trains, printed as figures (not a test): each
// lab opens with autorun, warms up, then its `fps` readout is sampled for a few seconds with the
// page's CPU slowed 1×, 2× and 3× by Chromium (the worker is not slowed). `cargo xtask bench`
// runs it on the served release dist/.
import { launch, newPage, open, readout } from './helpers.mjs';

const LABS = (process.env.LABS ?? 'gan-1d,gan-2d,cgan-lab,vae-lab,gan-vs-vae').split(',');
const THROTTLES = (process.env.THROTTLES ?? '1,2,3').split(',').map(Number);
const SECONDS = Number(process.env.SECONDS ?? 5);

const browser = await launch();
try {
  for (const lab of LABS) {
    for (const rate of THROTTLES) {
      const page = await newPage(browser);
      // No step limit, so every lab (GAN vs VAE stops at 4 000 by default) trains while measured.
      await open(page, `${lab}?autorun=1&steps=10000000`);
      await page.waitForSelector(`[data-testid="lesson-${lab}"]`, { timeout: 30000 });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await page.waitForTimeout(5000);
      const fps = [];
      for (let i = 0; i < SECONDS * 2; i++) {
        await page.waitForTimeout(500);
        fps.push(await readout(page, 'fps'));
      }
      // One run's steps/s; GAN vs VAE has one per model.
      const rates = (await page.$('[data-testid="steps-per-sec"]'))
        ? await readout(page, 'steps-per-sec')
        : [await readout(page, 'gan-steps-per-sec'), await readout(page, 'vae-steps-per-sec')];
      const mean = fps.reduce((a, b) => a + b, 0) / fps.length;
      const round = (v) => Math.round(v * 10) / 10;
      console.log(JSON.stringify({ lab, cpu_slowdown: rate, fps_mean: round(mean), fps_min: round(Math.min(...fps)), steps_per_s: Array.isArray(rates) ? rates.map(round) : round(rates) }));
      if (page.errors.length) console.error(`console errors: ${page.errors.join('\n')}`);
      await page.context().close();
    }
  }
} finally {
  await browser.close();
}
