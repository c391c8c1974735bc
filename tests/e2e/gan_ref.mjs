// Independent f64 reference for the GAN theory lessons (written from the formulas, not from the
// app's Rust): mixtures of 1-D Gaussians, D*, V(D, G) for a logistic D, C(G), KL, JS and the
// cGAN sum. Integrals use an adaptive Gauss–Kronrod 7–15 rule over
// [min(μ − 12σ), max(μ + 12σ)], split at every component's μ + k·σ, aiming at 1e-11 absolute
// (the mass beyond 12σ is ~4e-33). Densities that can meet far in the tails are combined in
// log space (log-sum-exp, softplus), so nothing turns into 0·∞ or 0/0.

const LN2 = Math.LN2;
const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

/** What a URL mixture may hold. */
export const LIMITS = { maxComponents: 3, mu: [-10, 10], sigma: [0.05, 5] };

// ---------------------------------------------------------------- mixtures

/** Scales the weights to sum 1 (throws when they cannot be). */
export function normalise(components) {
  const total = components.reduce((s, c) => s + c.w, 0);
  if (!(total > 0) || !Number.isFinite(total)) throw new Error('mixture weights must sum to a positive number');
  return components.map((c) => ({ w: c.w / total, mu: c.mu, sigma: c.sigma }));
}

/**
 * Parses `w:mu:sigma,w:mu:sigma` into normalised components. Throws on anything malformed:
 * not three finite numbers per component, w < 0, all weights 0, σ ≤ 0, and (unless
 * `limits: false`) more than three components, μ outside [−10, 10] or σ outside [0.05, 5].
 */
export function parseMixture(str, { limits = true } = {}) {
  if (typeof str !== 'string' || str.trim() === '') throw new Error('empty mixture');
  const parts = str.split(',');
  if (limits && parts.length > LIMITS.maxComponents) throw new Error(`more than ${LIMITS.maxComponents} components`);
  const components = parts.map((part) => {
    const fields = part.split(':');
    if (fields.length !== 3) throw new Error(`component "${part}" is not w:mu:sigma`);
    const [w, mu, sigma] = fields.map((f) => (f.trim() === '' ? NaN : Number(f)));
    if (![w, mu, sigma].every(Number.isFinite)) throw new Error(`component "${part}" is not three numbers`);
    if (w < 0) throw new Error(`negative weight in "${part}"`);
    if (!(sigma > 0)) throw new Error(`sigma must be > 0 in "${part}"`);
    if (limits) {
      if (mu < LIMITS.mu[0] || mu > LIMITS.mu[1]) throw new Error(`mu out of range in "${part}"`);
      if (sigma < LIMITS.sigma[0] || sigma > LIMITS.sigma[1]) throw new Error(`sigma out of range in "${part}"`);
    }
    return { w, mu, sigma };
  });
  return normalise(components);
}

/** The URL form `w:mu:sigma,…` (JS's shortest round-trip numbers). */
export function formatMixture(m) {
  return m.map((c) => `${c.w}:${c.mu}:${c.sigma}`).join(',');
}

/** Σ wᵢ μᵢ. */
export function mean(m) {
  return m.reduce((s, c) => s + c.w * c.mu, 0);
}

/** Every component moved by `delta`. */
export function shift(m, delta) {
  return m.map((c) => ({ w: c.w, mu: c.mu + delta, sigma: c.sigma }));
}

/** (1 − t)·g + t·data: the components of both, weights scaled (zero weights dropped). */
export function morph(g, data, t) {
  return [
    ...g.map((c) => ({ w: (1 - t) * c.w, mu: c.mu, sigma: c.sigma })),
    ...data.map((c) => ({ w: t * c.w, mu: c.mu, sigma: c.sigma })),
  ].filter((c) => c.w > 0);
}

/** The C(G) page's generator g_t: `shift` moves g by t·(mean(data) − mean(g)); `morph` mixes. */
export function generatorAt(g, data, move, t) {
  if (move === 'shift') return shift(g, t * (mean(data) - mean(g)));
  if (move === 'morph') return morph(g, data, t);
  throw new Error(`unknown move ${move}`);
}

// ---------------------------------------------------------------- densities

/** p(x) = Σ wᵢ N(x; μᵢ, σᵢ), summed directly (relative error ~1e-16 where it does not underflow). */
export function pdf(m, x) {
  let s = 0;
  for (const c of m) {
    const z = (x - c.mu) / c.sigma;
    s += (c.w / c.sigma) * Math.exp(-0.5 * z * z - LOG_SQRT_2PI);
  }
  return s;
}

/** log p(x) by log-sum-exp: finite far beyond where p(x) underflows. */
export function logPdf(m, x) {
  let max = -Infinity;
  const terms = [];
  for (const c of m) {
    if (!(c.w > 0)) continue;
    const z = (x - c.mu) / c.sigma;
    const t = Math.log(c.w) - Math.log(c.sigma) - LOG_SQRT_2PI - 0.5 * z * z;
    terms.push(t);
    if (t > max) max = t;
  }
  if (max === -Infinity) return -Infinity;
  let s = 0;
  for (const t of terms) s += Math.exp(t - max);
  return max + Math.log(s);
}

/** log(1 + eᵘ), stably. */
export function softplus(u) {
  return u > 0 ? u + Math.log1p(Math.exp(-u)) : Math.log1p(Math.exp(u));
}

/** log σ(u) = −softplus(−u). */
export function logSigmoid(u) {
  return -softplus(-u);
}

/** σ(u) = 1/(1 + e⁻ᵘ), stably on both sides. */
export function sigmoid(u) {
  if (u >= 0) return 1 / (1 + Math.exp(-u));
  const e = Math.exp(u);
  return e / (1 + e);
}

/** D*(x) = p_data/(p_data + p_g) = σ(log p_data − log p_g). */
export function dStar(data, g, x) {
  return sigmoid(logPdf(data, x) - logPdf(g, x));
}

/** f(s) = p_d·log s + p_g·log(1 − s), with 0·log 0 = 0. */
export function fS(pd, pg, s) {
  const a = pd === 0 ? 0 : pd * Math.log(s);
  const b = pg === 0 ? 0 : pg * Math.log1p(-s);
  return a + b;
}

/** The maximiser of f(s) on [0, 1]: p_d/(p_d + p_g). */
export function sStar(pd, pg) {
  return pd / (pd + pg);
}

// ---------------------------------------------------------------- quadrature

// Gauss–Kronrod 7–15 (the QUADPACK qk15 table): Kronrod nodes ±XGK[j], the centre last; the
// Gauss nodes are XGK[1], XGK[3], XGK[5] and the centre.
const XGK = [
  0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
  0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
  0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
  0.207784955007898467600689403773245, 0,
];
const WGK = [
  0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
  0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
  0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
  0.204432940075298892414161999234649, 0.209482141084727828012999174891714,
];
const WG = [
  0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
  0.381830050505118944950369775488975, 0.417959183673469387755102040816327,
];

/** Total absolute tolerance of one integral (spread over the panels by width). */
const TOL = 1e-13;
const MAX_DEPTH = 40;
export const stats = { evaluations: 0 };

function gk15(f, a, b) {
  const c = 0.5 * (a + b);
  const h = 0.5 * (b - a);
  const fc = f(c);
  let k = WGK[7] * fc;
  let g = WG[3] * fc;
  let kAbs = WGK[7] * Math.abs(fc);
  for (let j = 0; j < 7; j++) {
    const x = h * XGK[j];
    const f1 = f(c - x);
    const f2 = f(c + x);
    k += WGK[j] * (f1 + f2);
    kAbs += WGK[j] * (Math.abs(f1) + Math.abs(f2));
    if (j % 2 === 1) g += WG[(j - 1) / 2] * (f1 + f2);
  }
  stats.evaluations += 15;
  return { k: k * h, g: g * h, kAbs: kAbs * Math.abs(h) };
}

function adapt(f, a, b, tol, depth) {
  const { k, g, kAbs } = gk15(f, a, b);
  if (!Number.isFinite(k)) throw new Error(`integrand not finite on [${a}, ${b}]`);
  // Accept at the tolerance, or at the rounding floor of this panel (a few ulps of ∫|f|).
  if (Math.abs(k - g) <= Math.max(tol, 1e-15 * kAbs) || depth >= MAX_DEPTH) return k;
  const m = 0.5 * (a + b);
  if (m <= a || m >= b) return k;
  return adapt(f, a, m, tol / 2, depth + 1) + adapt(f, m, b, tol / 2, depth + 1);
}

const KS = [-12, -9, -7, -5, -4, -3, -2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 3, 4, 5, 7, 9, 12];

/**
 * ∫ f over [min(μ − 12σ), max(μ + 12σ)] of every component of `mixtures`, split at each
 * component's μ + kσ and at `extra` points.
 */
export function integrate(f, mixtures, extra = []) {
  const comps = mixtures.flat();
  const lo = Math.min(...comps.map((c) => c.mu - 12 * c.sigma));
  const hi = Math.max(...comps.map((c) => c.mu + 12 * c.sigma));
  const pts = [lo, hi];
  for (const c of comps) for (const k of KS) pts.push(c.mu + k * c.sigma);
  for (const x of extra) if (Number.isFinite(x)) pts.push(x);
  const cuts = [...new Set(pts.filter((x) => x >= lo && x <= hi))].sort((x, y) => x - y);
  const width = hi - lo;
  let total = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    if (b - a <= 1e-14 * Math.max(1, Math.abs(a))) continue;
    total += adapt(f, a, b, (TOL * (b - a)) / width, 0);
  }
  return total;
}

// ---------------------------------------------------------------- functionals

/** V(D, G) for D(x) = σ(a x + b): ∫ p_data log σ(ax+b) + p_g log(1 − σ(ax+b)) dx. */
export function vLinear(data, g, a, b) {
  const f = (x) => {
    const u = a * x + b;
    const pd = pdf(data, x);
    const pg = pdf(g, x);
    return (pd === 0 ? 0 : pd * logSigmoid(u)) + (pg === 0 ? 0 : pg * logSigmoid(-u));
  };
  const extra = a !== 0 ? [-b / a] : [];
  return integrate(f, [data, g], extra);
}

/** C(G) = V(D*, G) = ∫ p_data log D* + p_g log(1 − D*), with log D* from log densities. */
export function cOfG(data, g) {
  const f = (x) => {
    const u = logPdf(data, x) - logPdf(g, x);
    const pd = pdf(data, x);
    const pg = pdf(g, x);
    return (pd === 0 ? 0 : pd * logSigmoid(u)) + (pg === 0 ? 0 : pg * logSigmoid(-u));
  };
  return integrate(f, [data, g]);
}

/** KL(p ‖ q) = ∫ p (log p − log q). */
export function kl(p, q) {
  const f = (x) => {
    const pp = pdf(p, x);
    return pp === 0 ? 0 : pp * (logPdf(p, x) - logPdf(q, x));
  };
  return integrate(f, [p, q]);
}

/** KL(p ‖ (p + q)/2) = ∫ p (log 2 − softplus(log q − log p)). */
export function klToMean(p, q) {
  const f = (x) => {
    const pp = pdf(p, x);
    return pp === 0 ? 0 : pp * (LN2 - softplus(logPdf(q, x) - logPdf(p, x)));
  };
  return integrate(f, [p, q]);
}

/** JS(p, q) = ½ KL(p ‖ m) + ½ KL(q ‖ m), m = (p + q)/2, in nats. */
export function js(p, q) {
  return 0.5 * klToMean(p, q) + 0.5 * klToMean(q, p);
}

/** The cGAN objective's terms: per class JS and c = 2·JS − log 4; total Σ p(y)·c_y (p(y) normalised). */
export function cgan(py, datas, gs) {
  if (py.length !== datas.length || py.length !== gs.length) throw new Error('one data and one g per class');
  const total = py.reduce((s, x) => s + x, 0);
  const weights = py.map((x) => x / total);
  const perClass = datas.map((d, i) => {
    const j = js(d, gs[i]);
    return { js: j, c: 2 * j - Math.log(4) };
  });
  return { weights, perClass, total: perClass.reduce((s, pc, i) => s + weights[i] * pc.c, 0) };
}
