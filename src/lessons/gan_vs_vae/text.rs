//! The GAN-vs-VAE lab's words, RU and EN.
// The lesson bundle only lists the lab (title, summary, lead); the rest is the lab bundle's.
#![cfg_attr(not(feature = "labs"), allow(dead_code))]

use crate::i18n::Text;

// The words themselves are in `text.toml`, beside this file (`build.rs` compiles it).
include!(concat!(env!("OUT_DIR"), "/words/lessons/gan_vs_vae/text.rs"));

/// One model's objective: words, then a display formula, then what follows from it.
pub struct Objective {
    /// The heading.
    pub title: Text,
    /// Before the formula.
    pub before: Text,
    /// The formula (LaTeX, display style).
    pub tex: Option<&'static str>,
    /// After the formula.
    pub after: Text,
}

pub const GAN_OBJECTIVE: Objective = Objective {
    title: Text::new(
        "GAN: Jensen–Shannon for minimax, reverse KL for the non-saturating loss",
        "GAN: Йенсен–Шеннон для минимакса, обратная KL для ненасыщающей функции потерь",
    ),
    before: Text::new(
        "In the seminar's minimax game, with the optimal discriminator the generator minimises (the seminar's theorem)",
        "В минимаксной игре из семинара при оптимальном дискриминаторе генератор минимизирует (теорема семинара)",
    ),
    tex: Some(
        "C(G) = \\max_D V(D, G) = 2\\,D_{JS}(p_{data} \\| p_g) - \\log 4, \\qquad 0 \\le D_{JS} \\le \\log 2.",
    ),
    after: Text::new(
        "JS is bounded. The region of a mode of mass $w$ that gets no samples ($p_g = 0$) contributes exactly $\\tfrac{w}{2}\\log 2$ to JS (there $M = \\tfrac12 p_{data}$), and all of JS never exceeds $\\log 2$: dropping a mode has a finite, small price. Nothing pulls samples toward it either: $D$ rates the empty mode as data, but $G$ only feels $D$'s slope where its samples are, so the adversarial game often settles with modes missing. This lab's generator, as GAN Lab's, is not trained on the minimax loss $\\log(1 - D(G(z)))$ but on the non-saturating loss $-\\log D(G(z))$. At the optimal $D$ its gradient is that of $D_{KL}(p_g \\| p_{data}) - 2\\,D_{JS}(p_{data} \\| p_g)$ (Arjovsky and Bottou, 2017): a reverse KL, which punishes samples where there are no data heavily and data without samples hardly at all, so it favours sitting on some modes over covering them all — mode seeking; the $-2\\,D_{JS}$ term even pushes the wrong way. And $G(z)$ is a deterministic map with no noise of its own, so its samples are sharp.",
        "JS ограничена. Область моды массы $w$, не получившей образцов ($p_g = 0$), вносит в JS ровно $\\tfrac{w}{2}\\log 2$ (там $M = \\tfrac12 p_{data}$), а вся JS никогда не превышает $\\log 2$: пропуск моды стоит конечно и немного. И ничто не тянет образцы к ней: $D$ считает пустую моду данными, но $G$ чувствует наклон $D$ только там, где лежат его образцы, поэтому состязательная игра часто останавливается с пропущенными модами. Генератор этой лаборатории, как и в GAN Lab, обучается не с минимаксной функцией потерь $\\log(1 - D(G(z)))$, а с ненасыщающей $-\\log D(G(z))$. При оптимальном $D$ её градиент равен градиенту $D_{KL}(p_g \\| p_{data}) - 2\\,D_{JS}(p_{data} \\| p_g)$ (Arjovsky, Bottou, 2017): это обратная KL, которая сильно наказывает за образцы там, где нет данных, и почти не наказывает за данные без образцов, поэтому ей выгоднее собрать образцы в части мод, чем покрыть все, — стремление к модам; слагаемое $-2\\,D_{JS}$ и вовсе тянет в обратную сторону. А $G(z)$ — детерминированное отображение без собственного шума, поэтому образцы чёткие.",
    ),
};
pub const VAE_OBJECTIVE: Objective = Objective {
    title: Text::new(
        "VAE: the ELBO, a bound on the likelihood",
        "VAE: ELBO, нижняя оценка правдоподобия",
    ),
    before: Text::new(
        "The VAE maximises the ELBO, a lower bound on $\\log p_\\theta(x)$. Averaged over the data,",
        "VAE максимизирует ELBO — нижнюю оценку $\\log p_\\theta(x)$. В среднем по данным",
    ),
    tex: Some(
        "\\mathbb{E}_{p_{data}} \\mathrm{ELBO}(x) = -H(p_{data}) - D_{KL}(p_{data} \\| p_\\theta) - \\mathbb{E}_{p_{data}} D_{KL}\\big(q(z|x) \\,\\|\\, p_\\theta(z|x)\\big).",
    ),
    after: Text::new(
        "$H(p_{data})$ does not depend on the model, so maximising the ELBO minimises the forward $D_{KL}(p_{data} \\| p_\\theta)$ plus the bound's gap (the last KL, ≥ 0). Forward KL is infinite if any region with data gets no model mass: every data point pays $-\\log p_\\theta(x)$, and a dropped mode would send that to infinity. So the VAE covers every mode. Its decoder is the Gaussian $\\mathcal{N}(\\mathrm{Dec}(z), \\sigma_x^2 I)$ with one $\\sigma_x$ for all $x$: where the means cannot follow the data's thin shapes, $\\sigma_x$ has to stay as wide as the misses, and every sample $\\mathrm{Dec}(z) + \\sigma_x \\varepsilon$ is blurred by it; codes between the encoder's clusters also decode to points between the modes. The figure \"VAE: samples from the prior\" shows such true samples: the decoder's means at $z \\sim \\mathcal{N}(0, I)$ from the worker plus $\\sigma_x \\varepsilon$ drawn on this page (seeded, so the picture is steady). The means alone would look sharper than the model is.",
        "$H(p_{data})$ от модели не зависит, поэтому максимизация ELBO минимизирует прямую $D_{KL}(p_{data} \\| p_\\theta)$ плюс зазор оценки (последняя KL, ≥ 0). Прямая KL бесконечна, если хоть одна область с данными не получает массы модели: каждая точка данных платит $-\\log p_\\theta(x)$, и пропущенная мода отправила бы это в бесконечность. Поэтому VAE покрывает все моды. Его декодер — гауссиана $\\mathcal{N}(\\mathrm{Dec}(z), \\sigma_x^2 I)$ с одним $\\sigma_x$ для всех $x$: там, где средние не успевают за тонкой формой данных, $\\sigma_x$ остаётся широким, как промахи, и каждый образец $\\mathrm{Dec}(z) + \\sigma_x \\varepsilon$ размыт им; коды между кластерами энкодера тоже декодируются в точки между модами. На рисунке «VAE: образцы из априорного распределения» — именно такие настоящие образцы: средние декодера в $z \\sim \\mathcal{N}(0, I)$ от воркера плюс $\\sigma_x \\varepsilon$, добавленный на этой странице (с зерном, так что картинка не мерцает). Одни средние выглядели бы чётче, чем модель на самом деле.",
    ),
};
