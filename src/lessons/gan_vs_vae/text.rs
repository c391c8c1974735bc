//! The GAN-vs-VAE lab's words, RU and EN.
// The lesson bundle only lists the lab (title, summary, lead); the rest is the lab bundle's.
#![cfg_attr(not(feature = "labs"), allow(dead_code))]

use crate::i18n::Text;

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

pub const TITLE: Text = Text::new(
    "Lab: GAN vs VAE on the same data",
    "Лаборатория: GAN против VAE на одних данных",
);
pub const SUMMARY: Text = Text::new(
    "A GAN and a VAE train side by side: sharp samples that may leave data out against blurred samples that cover it all",
    "GAN и VAE обучаются рядом: чёткие образцы, которые могут пропустить часть данных, против размытых, покрывающих всё",
);
pub const LEAD: Text = Text::new(
    "One data set, one seed, one backend, the same plots and the same estimators: a GAN and a VAE, both training live in your browser. With the optimal discriminator the seminar's minimax game has the generator minimise $2\\,D_{JS}(p_{data} \\| p_g) - \\log 4$; this lab's GAN, like GAN Lab's, trains with the non-saturating loss instead, whose gradient at the optimal discriminator is that of $D_{KL}(p_g \\| p_{data}) - 2\\,D_{JS}(p_{data} \\| p_g)$ (Arjovsky, Bottou, 2017). The VAE maximises a lower bound on the likelihood $\\log p(x)$. The objectives punish different mistakes, and it shows in the samples.",
    "Одни данные, одно зерно, один бэкенд, одинаковые графики и одинаковые оценки: GAN и VAE, оба обучаются прямо в браузере. При оптимальном дискриминаторе минимаксная игра из семинара заставляет генератор минимизировать $2\\,D_{JS}(p_{data} \\| p_g) - \\log 4$; GAN этой лаборатории, как и в GAN Lab, обучается вместо этого с ненасыщающей функцией потерь, а её градиент при оптимальном дискриминаторе совпадает с градиентом $D_{KL}(p_g \\| p_{data}) - 2\\,D_{JS}(p_{data} \\| p_g)$ (Arjovsky, Bottou, 2017). VAE максимизирует нижнюю оценку правдоподобия $\\log p(x)$. Эти цели наказывают за разные ошибки, и это видно по образцам.",
);

// Controls.
pub const PLAY: Text = Text::new("▶ Train both", "▶ Обучать оба");
pub const PAUSE: Text = Text::new("⏸ Pause both", "⏸ Пауза для обоих");
pub const STEP: Text = Text::new("One iteration each", "По одной итерации");
pub const RESET: Text = Text::new("Reset both", "Сбросить оба");
pub const BACKEND: Text = Text::new("Backend (both)", "Бэкенд (для обоих)");
pub const CONTROLS: Text = Text::new("Training of both models", "Обучение обеих моделей");
pub const GAN: Text = Text::new("GAN", "GAN");
pub const VAE: Text = Text::new("VAE", "VAE");
pub const DATA: Text = Text::new("Data (both)", "Данные (для обоих)");
pub const SEED: Text = Text::new("Seed (both)", "Зерно (для обоих)");
pub const NEXT_SEED: Text = Text::new("another seed", "другое зерно");
pub const SEED_BAD: Text = Text::new(
    "A seed is a whole number from 0 to 4 294 967 295; the old one is kept.",
    "Зерно — целое число от 0 до 4 294 967 295; оставлено прежнее.",
);

// Figures.
pub const GAN_TITLE: Text = Text::new("GAN: generated samples", "GAN: сгенерированные образцы");
pub const VAE_TITLE: Text = Text::new(
    "VAE: samples from the prior",
    "VAE: образцы из априорного распределения",
);
pub const GAN_CAPTION: Text = Text::new(
    "Blue rings: 1 000 data points (unless \"show the data\" is unticked); orange discs: 1 000 samples G(z).",
    "Синие кольца — 1 000 точек данных (если отмечен флажок «показывать данные»); оранжевые диски — 1 000 образцов G(z).",
);
pub const VAE_CAPTION: Text = Text::new(
    "Blue rings: the same 1 000 data points (unless \"show the data\" is unticked); orange discs: 1 000 samples Dec(z) + σ_x·ε, z ~ N(0, I).",
    "Синие кольца — те же 1 000 точек данных (если отмечен флажок «показывать данные»); оранжевые диски — 1 000 образцов Dec(z) + σ_x·ε, z ~ N(0, I).",
);
pub const PLOT_ALT: Text = Text::new(
    "x axis: first coordinate; y axis: second coordinate. {model}: data points and {n} samples on the same axes; modes covered {m} / {t}; JS estimate {js} nats; mean distance from a sample to the data {blur}, from a data point to the samples {gap}.",
    "Ось x: первая координата; ось y: вторая координата. {model}: точки данных и {n} образцов в одних осях; покрыто мод: {m} / {t}; оценка JS в натах: {js}; среднее расстояние от образца до данных {blur}, от точки данных до образцов {gap}.",
);
pub const SHOW_DATA: Text = Text::new("show the data", "показывать данные");
pub const GAN_LOSSES: Text = Text::new("GAN: losses over training", "GAN: потери по ходу обучения");
pub const GAN_LOSSES_CAPTION: Text = Text::new(
    "D's batch loss (blue) and G's (red), and 2·JS − log 4 from the smoothed estimate (black, dashed), with the grey line at −log 4, its value when p_g = p_data.",
    "Потери D (синяя линия) и G (красная линия) на батче и 2·JS − log 4 по сглаженной оценке (чёрная штриховая); серая линия — уровень −log 4, значение при p_g = p_data.",
);
pub const VAE_ELBO: Text = Text::new("VAE: the ELBO over training", "VAE: ELBO по ходу обучения");
pub const VAE_ELBO_CAPTION: Text = Text::new(
    "The ELBO per data point over 2 048 fresh data points (black), its reconstruction term E log p(x|z) (blue, dashed) and −KL (red, dashed), in nats.",
    "ELBO на точку по 2 048 новым точкам данных (чёрная), его слагаемое реконструкции E log p(x|z) (синяя штриховая) и −KL (красная штриховая), в натах.",
);
pub const VAE_ELBO_ALT: Text = Text::new(
    "x axis: iteration; y axis: nats. At iteration {it}: ELBO {elbo} (black), reconstruction term E log p(x|z) {recon} (blue, dashed), −KL {kl} (red, dashed).",
    "Ось x: итерация; ось y: нат. На итерации {it}: ELBO {elbo} (чёрная), слагаемое реконструкции E log p(x|z) {recon} (синяя штриховая), −KL {kl} (красная штриховая).",
);
pub const VAE_ELBO_NONE: Text = Text::new(
    "x axis: iteration; y axis: nats. No iterations yet.",
    "Ось x: итерация; ось y: нат. Итераций ещё нет.",
);

// Readouts.
pub const MODES: Text = Text::new("modes covered", "покрыто мод");
pub const MODES_OF: Text = Text::new("modes in the data", "мод в данных");
pub const JS: Text = Text::new(
    "JS(p_data‖model), smoothed estimate",
    "JS(p_data‖модель), сглаженная оценка",
);
pub const JS_NOISE: Text = Text::new(
    "JS noise floor: the estimate between two halves of the data",
    "уровень шума JS: оценка между двумя половинами данных",
);
pub const TO_DATA: Text = Text::new(
    "sample → nearest data point (blur)",
    "образец → ближайшая точка данных (размытие)",
);
pub const TO_MODEL: Text = Text::new(
    "data point → nearest sample (gaps)",
    "точка данных → ближайший образец (пропуски)",
);
pub const NN_FLOOR: Text = Text::new(
    "distance floor: nearest-neighbour distance between two halves of the data (in coordinate units)",
    "нижний уровень расстояний: расстояние до ближайшего соседа между двумя половинами данных (в единицах координат)",
);
pub const ELBO: Text = Text::new("ELBO per sample", "ELBO на точку");
pub const RECON: Text = Text::new("E log p(x|z)", "E log p(x|z)");
pub const KL: Text = Text::new("KL(q(z|x) ‖ N(0, I))", "KL(q(z|x) ‖ N(0, I))");
pub const SIGMA_X: Text = Text::new("decoder noise σ_x", "шум декодера σ_x");
pub const SAME_ESTIMATORS: Text = Text::new(
    "Measured the same way for both",
    "Измерено одинаково для обоих",
);
pub const ESTIMATORS_NOTE: Text = Text::new(
    "Both models see the same 1 000 data points (one seed) and are shown by 1 000 samples each. JS is the 2-D lab's estimate: both densities smoothed with one kernel at the data's local scale on a 48 × 48 grid; its noise floor (in nats) is the same estimate between two halves of the data. A mode counts as covered when at least a quarter of its share of samples lies within 0.1 of its data. The two distances are means over 500 points each: from a model sample to the nearest data point (large when samples stray off the data: blur) and from a data point to the nearest model sample (large when part of the data has no samples: dropped modes). Their floor is the same distance between two halves of the data, in coordinate units like the distances themselves: a perfect model scores about that floor on both.",
    "Обе модели видят одни и те же 1 000 точек данных (одно зерно) и показаны 1 000 образцами каждая. JS — оценка из двумерной лаборатории: обе плотности сглажены одним ядром в локальном масштабе данных на сетке 48 × 48; уровень шума JS (в натах) — та же оценка между двумя половинами данных. Мода считается покрытой, если хотя бы четверть положенной ей доли образцов лежит в пределах 0,1 от её данных. Оба расстояния — средние по 500 точкам: от образца модели до ближайшей точки данных (велико, когда образцы уходят с данных: размытие) и от точки данных до ближайшего образца (велико, когда часть данных осталась без образцов: пропущенные моды). Их нижний уровень — то же расстояние между двумя половинами данных, в единицах координат, как и сами расстояния: идеальная модель показывает на обоих примерно этот уровень.",
);

// The objectives.
pub const WHY: Text = Text::new(
    "Why they differ: two objectives",
    "Почему они разные: две цели",
);
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
pub const WHAT_TO_SEE: Text = Text::new("What to look for", "На что смотреть");
pub const LOOK: [Text; 4] = [
    Text::new(
        "On the default two moons both cover both modes, but the VAE's samples form a thick band around each moon (σ_x ≈ 0.15 at 4 000 iterations, the moons' own noise is 0.04): its sample-to-data distance is three to four times the distance floor, the GAN's close to it, and the VAE's JS estimate is the larger. The data-to-sample distances both stay within about twice the distance floor: nothing is missing.",
        "На двух полумесяцах по умолчанию обе модели покрывают обе моды, но образцы VAE ложатся толстой полосой вокруг каждого полумесяца (σ_x ≈ 0,15 к 4 000 итераций, собственный шум полумесяцев — 0,04): его расстояние от образца до данных в три-четыре раза больше нижнего уровня расстояний, у GAN — близко к нему, и оценка JS у VAE больше. Расстояния от данных до образцов у обоих не больше примерно двух нижних уровней расстояний: ничего не пропущено.",
    ),
    Text::new(
        "Try a few seeds. Now and then the GAN leaves part of the data without samples: the data-to-sample distance jumps to many times the distance floor and JS with it, while the VAE, seed after seed, covers everything with the same blur. The GAN's failures are in its training dynamics; the VAE's blur is in its objective and its decoder.",
        "Попробуйте несколько зёрен. Время от времени GAN оставляет часть данных без образцов: расстояние от данных до образцов подскакивает во много раз выше нижнего уровня расстояний, а с ним и JS, тогда как VAE при любом зерне покрывает всё с тем же размытием. Провалы GAN — в динамике обучения; размытие VAE — в его цели и декодере.",
    ),
    Text::new(
        "Switch the data (one seed, one backend for both). On most shapes the GAN has the smaller sample-to-data distance and the larger data-to-sample distance, and the VAE the reverse: sharp but incomplete against complete but blurred. On the ring the GAN typically covers only part of the circle; on two Gaussians it leaves parts of each blob without samples (data-to-sample distance about five times the distance floor, the VAE's about the floor).",
        "Смените данные (одно зерно и один бэкенд для обоих). На большинстве форм у GAN меньше расстояние от образца до данных и больше — от данных до образца, а у VAE наоборот: чётко, но не полностью, против полно, но размыто. На кольце GAN обычно покрывает лишь часть окружности; на двух гауссианах он оставляет части каждого пятна без образцов (расстояние от данных до образцов — около пяти нижних уровней расстояний, у VAE — около одного).",
    ),
    Text::new(
        "Train on (▶ after the finish). In two dimensions with a 2-D latent the decoder's means eventually follow the moons, σ_x shrinks (≈ 0.045 after 10 000 iterations) and the blur fades: the blur is what the ELBO accepts while the means cannot follow the data, and for images it rarely fades. On eight Gaussians or the ring, data symmetric about the origin, this small VAE usually stops at a worse optimum instead: the decoder ignores z (KL ≈ 0, posterior collapse) and the model is one Gaussian as wide as the data — mass covering at its extreme. Its samples are spread so thin that the mode counter, which wants a quarter of a mode's share near it, may count only five to seven of the eight Gaussians, though the data-to-sample distance shows nothing is left out.",
        "Обучайте дальше (▶ после завершения). В двумерии с двумерным латентным пространством средние декодера со временем следуют за полумесяцами, σ_x уменьшается (≈ 0,045 после 10 000 итераций), и размытие уходит: размытие — это то, с чем мирится ELBO, пока средние не успевают за данными, а на изображениях оно уходит редко. На восьми гауссианах или кольце — данных, симметричных относительно начала координат, — этот маленький VAE обычно останавливается в худшем оптимуме: декодер игнорирует z (KL ≈ 0, коллапс апостериорного распределения), и модель — одна гауссиана шириной с данные: покрытие массы в крайней форме. Образцы размазаны так тонко, что счётчик мод, которому нужна четверть доли моды рядом с ней, может насчитать лишь пять–семь из восьми гауссиан, хотя расстояние от данных до образцов показывает, что ничего не пропущено.",
    ),
];

// Export and share.
pub const GAN_CSV: Text = Text::new("GAN training log (CSV)", "журнал обучения GAN (CSV)");
pub const VAE_CSV: Text = Text::new("VAE training log (CSV)", "журнал обучения VAE (CSV)");
pub const SHARE: Text = Text::new(
    "Copy a link to these runs",
    "Скопировать ссылку на эти запуски",
);
pub const SHARED: Text = Text::new(
    "Copied. The link restores the data, the seed, the backend and the iteration both runs reach (the smaller of the two); on the same backend it reproduces the numbers.",
    "Скопировано. Ссылка восстанавливает данные, зерно, бэкенд и итерацию, до которой дойдут оба запуска (меньшую из двух); на том же бэкенде она повторяет числа.",
);
