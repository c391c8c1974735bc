// Self-test of the GAN-theory reference (gan_ref.mjs) against closed forms: pure node, no
// browser, well under a second. Prints the largest error seen for each check.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  parseMixture, formatMixture, pdf, logPdf, dStar, vLinear, cOfG, kl, klToMean, js, fS, sStar,
  shift, morph, mean, generatorAt, cgan, integrate, stats,
} from './gan_ref.mjs';

const LOG4 = Math.log(4);
const worst = {};
/** Asserts |a − b| ≤ tol and keeps the largest error per label. */
function near(label, a, b, tol) {
  const err = Math.abs(a - b);
  worst[label] = Math.max(worst[label] ?? 0, err);
  assert.ok(err <= tol, `${label}: ${a} vs ${b} (error ${err} > ${tol})`);
}
after(() => {
  console.log('largest errors vs closed forms:');
  for (const [k, v] of Object.entries(worst)) console.log(`  ${k}: ${v.toExponential(2)}`);
  console.log(`  (${stats.evaluations} integrand evaluations in all)`);
});

// A seeded generator (mulberry32), so a failure can be reproduced.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function randomMixture(r, n = 1 + Math.floor(r() * 3)) {
  const comps = [];
  for (let i = 0; i < n; i++) comps.push({ w: 0.05 + r(), mu: -6 + 12 * r(), sigma: 0.1 + 2.5 * r() });
  return parseMixture(formatMixture(comps));
}
const gauss = (mu, sigma) => [{ w: 1, mu, sigma }];
const klGauss = (mp, sp, mq, sq) => Math.log(sq / sp) + (sp * sp + (mp - mq) ** 2) / (2 * sq * sq) - 0.5;

test('parseMixture normalises weights and refuses malformed or out-of-range mixtures', () => {
  assert.deepEqual(parseMixture('2:1:1,2:-1:0.5'), [{ w: 0.5, mu: 1, sigma: 1 }, { w: 0.5, mu: -1, sigma: 0.5 }]);
  assert.deepEqual(parseMixture('1:0:1'), [{ w: 1, mu: 0, sigma: 1 }]);
  for (const bad of ['abc', '', '1:0:0', '1:0:-1', '1:0', '1:0:1:2', '0:0:1', '-1:0:1,2:0:1', '1:x:1',
    '1:0:1,1:1:1,1:2:1,1:3:1', '1:11:1', '1:0:0.01', '1:0:6', '1:0:1,']) {
    assert.throws(() => parseMixture(bad), `${bad} is refused`);
  }
  assert.deepEqual(parseMixture('1:30:1', { limits: false }), gauss(30, 1));
  assert.equal(formatMixture(parseMixture('0.25:-2:0.7,0.75:1.5:1')), '0.25:-2:0.7,0.75:1.5:1');
});

test('densities integrate to 1, also narrow (σ = 0.05) and far apart', () => {
  const mixtures = [
    '1:0:1', '1:3:0.05', '0.5:-2:0.7,0.5:1.5:1', '0.3:-10:0.05,0.3:10:5,0.4:0:0.05',
    '0.2:-10:0.05,0.8:10:0.05', '0.1:-9.5:5,0.9:9.5:0.05', '1:-10:5',
  ].map((s) => parseMixture(s));
  for (const m of mixtures) near('∫p − 1', integrate((x) => pdf(m, x), [m]), 1, 1e-12);
  const far = [{ w: 0.5, mu: -30, sigma: 1 }, { w: 0.5, mu: 30, sigma: 0.05 }];
  near('∫p − 1', integrate((x) => pdf(far, x), [far]), 1, 1e-12);
  // exp(logPdf) = pdf where pdf does not underflow; logPdf stays finite far out.
  const m = mixtures[2];
  for (const x of [-9, -2, 0, 0.5, 3, 9]) near('exp(log p)/p − 1', Math.exp(logPdf(m, x)) / pdf(m, x), 1, 1e-13);
  assert.equal(pdf(gauss(-3, 0.3), 9.5), 0);
  near('log p far out', logPdf(gauss(-3, 0.3), 9.5), Math.log(1 / (0.3 * Math.sqrt(2 * Math.PI))) - 0.5 * (12.5 / 0.3) ** 2, 1e-10);
});

test('KL between single Gaussians matches the closed form', () => {
  const pairs = [[0, 1, 1, 1], [0.5, 0.8, -1, 2], [-2, 0.05, 3, 5], [3, 5, -2, 1], [1, 0.3, 1.2, 0.35],
    [-10, 0.05, 10, 0.05], [0, 5, 0, 0.5], [4, 0.05, 4.1, 0.06]];
  for (const [mp, sp, mq, sq] of pairs) {
    const ref = klGauss(mp, sp, mq, sq);
    near('KL vs closed form (relative to max(1, KL))', kl(gauss(mp, sp), gauss(mq, sq)) / Math.max(1, ref), ref / Math.max(1, ref), 1e-10);
  }
  near('KL(p‖p)', kl(parseMixture('0.5:-2:0.7,0.5:1.5:1'), parseMixture('0.5:-2:0.7,0.5:1.5:1')), 0, 1e-15);
});

test('JS: 0 for equal arguments, log 2 for far-apart Gaussians, symmetric, ≤ log 2', () => {
  const r = rng(7);
  for (let i = 0; i < 8; i++) {
    const p = randomMixture(r);
    near('JS(p, p)', js(p, p), 0, 1e-15);
  }
  near('JS at distance 60 − log 2', js(gauss(-30, 1), gauss(30, 1)), Math.LN2, 1e-12);
  near('JS at distance 60 − log 2', js(gauss(-30, 0.05), gauss(30, 5)), Math.LN2, 1e-12);
  const [p, q] = [parseMixture('0.5:-2:0.6,0.5:2:0.6'), parseMixture('1:0:1')];
  near('JS symmetric', js(p, q), js(q, p), 1e-13);
  assert.ok(js(p, q) > 0 && js(p, q) < Math.LN2);
  // JS from its own definition with m = (p + q)/2 as a mixture: KL(p‖m) by the generic kl.
  const m = [...p.map((c) => ({ ...c, w: c.w / 2 })), ...q.map((c) => ({ ...c, w: c.w / 2 }))];
  near('KL(p‖m) two ways', klToMean(p, q), kl(p, m), 1e-12);
});

test('C(G): −log 4 at G = data, 2·JS − log 4 on random mixtures', () => {
  const r = rng(11);
  for (let i = 0; i < 6; i++) {
    const p = randomMixture(r);
    near('C(p, p) + log 4', cOfG(p, p), -LOG4, 1e-12);
  }
  for (let i = 0; i < 25; i++) {
    const [d, g] = [randomMixture(r), randomMixture(r)];
    near('C(G) − (2·JS − log 4)', cOfG(d, g), 2 * js(d, g) - LOG4, 1e-10);
  }
  near('C(G) disjoint', cOfG(gauss(-30, 1), gauss(30, 1)), 0, 1e-12);
});

test('V(D, G) for the logistic D*: equal-σ Gaussians, and V ≤ C(G) otherwise', () => {
  const cases = [[1, -1, 1], [-2, 2, 0.7], [0.5, 0.4, 0.3], [-3, 3, 2], [4, 3.5, 0.05], [0, 10, 5]];
  for (const [md, mg, s] of cases) {
    const a = (md - mg) / (s * s);
    const b = (mg * mg - md * md) / (2 * s * s);
    const [d, g] = [gauss(md, s), gauss(mg, s)];
    // D* really is σ(a x + b) here.
    for (const x of [-3, -0.2, 0, 1.7, 4]) near('D* vs σ(ax+b)', dStar(d, g, x), 1 / (1 + Math.exp(-(a * x + b))), 1e-14);
    near('V(σ(a*x+b*)) − C(G)', vLinear(d, g, a, b), cOfG(d, g), 1e-10);
  }
  // The gan-objective defaults: data 1:1:1, g 1:−1:1, so D* = σ(2x).
  near('V(d=2:0) − C(G) defaults', vLinear(gauss(1, 1), gauss(-1, 1), 2, 0), cOfG(gauss(1, 1), gauss(-1, 1)), 1e-10);
  const r = rng(3);
  for (let i = 0; i < 40; i++) {
    const [d, g] = [randomMixture(r), randomMixture(r)];
    const [a, b] = [-10 + 20 * r(), -20 + 40 * r()];
    const v = vLinear(d, g, a, b);
    assert.ok(Number.isFinite(v) && v <= cOfG(d, g) + 1e-12, `V = ${v} ≤ C(G) = ${cOfG(d, g)} for a = ${a}, b = ${b}`);
  }
  // D = ½ everywhere gives V = −log 4 whatever G is.
  near('V(a=0, b=0) + log 4', vLinear(randomMixture(r), randomMixture(r), 0, 0), -LOG4, 1e-12);
});

test('D* in the far tail, f(s) and its maximiser', () => {
  const [d, g] = [gauss(-3, 0.3), gauss(3, 0.3)];
  // log D*/(1 − D*) = log p_d − log p_g = (a x + b) for equal σ: a = −6/0.09, b = 0.
  const u = (-6 / 0.09) * 9.5;
  const ref = Math.exp(u); // σ(u) = eᵘ/(1 + eᵘ) = eᵘ to the last bit this far out
  assert.ok(ref > 0 && ref < 1e-270);
  near('D* tail (relative)', dStar(d, g, 9.5) / ref, 1, 1e-12);
  assert.equal(dStar(gauss(0, 1), gauss(0, 1), 0), 0.5);
  const m = parseMixture('0.5:-2:0.7,0.5:1.5:1');
  assert.equal(dStar(m, m, 0), 0.5);
  for (const [pd, pg] of [[0.3, 0.1], [0.05, 0.4], [1e-3, 1e-3]]) {
    const s = sStar(pd, pg);
    for (const ds of [1e-4, -1e-4]) assert.ok(fS(pd, pg, s) > fS(pd, pg, s + ds));
  }
  assert.equal(fS(0, 0.3, 0), 0);
  assert.equal(fS(0.3, 0, 1), 0);
  const dm = parseMixture('0.5:-2:0.7,0.5:1.5:1');
  const gm = parseMixture('1:0:1.5');
  near('D* = p_d/(p_d + p_g)', dStar(dm, gm, 0.5), sStar(pdf(dm, 0.5), pdf(gm, 0.5)), 1e-15);
});

test('moves of G and the cGAN sum', () => {
  const data = parseMixture('0.5:-2:0.6,0.5:2:0.6');
  const g = parseMixture('1:6:1');
  assert.equal(mean(data), 0);
  assert.deepEqual(shift(g, -3), gauss(3, 1));
  assert.deepEqual(generatorAt(g, data, 'shift', 0.5), gauss(3, 1));
  assert.deepEqual(generatorAt(g, data, 'shift', 0), g);
  assert.deepEqual(morph(g, data, 0), g);
  assert.deepEqual(morph(g, data, 1), data);
  near('JS(data, morph t=1)', js(data, morph(g, data, 1)), 0, 1e-15);
  near('∫ morph', integrate((x) => pdf(morph(g, data, 0.3), x), [g, data]), 1, 1e-12);
  const { perClass, total, weights } = cgan([1, 2, 1], [gauss(-2, 0.7), gauss(2, 0.7), gauss(0, 1)], [gauss(-1, 1), gauss(2, 0.7), gauss(1, 1)]);
  assert.deepEqual(weights, [0.25, 0.5, 0.25]);
  near('cGAN class with data = g', perClass[1].c, -LOG4, 1e-15);
  near('cGAN total', total, 0.25 * perClass[0].c + 0.5 * perClass[1].c + 0.25 * perClass[2].c, 1e-15);
  for (const pc of perClass) near('c = 2·JS − log 4', pc.c, 2 * pc.js - LOG4, 0);
});

test('the adaptive rule agrees with a plain fine trapezoid sum (spectrally accurate here)', () => {
  // The trapezoid rule on a uniform grid converges geometrically for these smooth, fast-decaying
  // integrands, so it checks the Gauss–Kronrod panels and breakpoints independently.
  const trapezoid = (f, ms) => {
    const comps = ms.flat();
    const lo = Math.min(...comps.map((c) => c.mu - 12 * c.sigma));
    const hi = Math.max(...comps.map((c) => c.mu + 12 * c.sigma));
    const n = Math.ceil((hi - lo) / (Math.min(...comps.map((c) => c.sigma)) / 40));
    const h = (hi - lo) / n;
    let s = 0.5 * (f(lo) + f(hi));
    for (let i = 1; i < n; i++) s += f(lo + i * h);
    return s * h;
  };
  const r = rng(5);
  for (let i = 0; i < 6; i++) {
    const [d, g] = [randomMixture(r), randomMixture(r)];
    const [a, b] = [-10 + 20 * r(), -20 + 40 * r()];
    const u = (x) => Math.log(pdf(d, x)) - Math.log(pdf(g, x));
    const cg = (x) => -pdf(d, x) * Math.log1p(Math.exp(-u(x))) - pdf(g, x) * Math.log1p(Math.exp(u(x)));
    const vl = (x) => -pdf(d, x) * Math.log1p(Math.exp(-(a * x + b))) - pdf(g, x) * Math.log1p(Math.exp(a * x + b));
    const finite = (f) => (x) => { const y = f(x); return Number.isFinite(y) ? y : 0; };
    near('C(G) vs trapezoid', cOfG(d, g), trapezoid(finite(cg), [d, g]), 1e-11);
    near('V vs trapezoid', vLinear(d, g, a, b), trapezoid(finite(vl), [d, g]), 1e-11);
  }
});
