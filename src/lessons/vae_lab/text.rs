//! The VAE lab's words, RU and EN, in the seminar's terms («Вариационный автоэнкодер»: энкодер,
//! декодер, репараметризационный трюк) and consistent with the theory lesson `#/vae-theory`.
// The lesson bundle only lists the lab (title, summary, lead); the rest is the lab bundle's.
#![cfg_attr(not(feature = "labs"), allow(dead_code))]

use crate::i18n::Text;

pub const TITLE: Text = Text::new(
    "Lab: a VAE, its ELBO and the reparametrization trick",
    "Лаборатория: VAE, ELBO и репараметризационный трюк",
);
pub const SUMMARY: Text = Text::new(
    "Train a VAE live: reconstructions, codes over the prior, the decoded latent grid, samples from the prior, and the ELBO against −H(data); switch the trick off and watch the codes collapse",
    "Обучите VAE вживую: реконструкции, коды на фоне априорного распределения, декодированная сетка латентного пространства, образцы из априорного распределения и ELBO в сравнении с −H(данных); выключите трюк и посмотрите, как коды схлопываются",
);
pub const LEAD: Text = Text::new(
    "A small variational autoencoder trains in your browser. The encoder maps each $x$ to $q(z|x) = \\mathcal{N}(\\mu(x), \\sigma^2(x))$, the decoder maps $z$ back to $p(x|z) = \\mathcal{N}(\\mathrm{Dec}(z), \\sigma_x^2)$ with a learned $\\sigma_x$, and training maximises $\\mathrm{ELBO} = \\mathbb{E}_q[\\log p(x|z)] - \\beta \\cdot KL(q(z|x) \\| \\mathcal{N}(0, I))$. At $\\beta = 1$ the ELBO, with every constant of the Gaussians included, is a lower bound on $\\log p(x)$, so its mean over the data can never exceed $-H(p_{data})$: on 1-D data you can watch it climb towards that ceiling.",
    "В браузере обучается небольшой вариационный автоэнкодер. Энкодер отображает каждый $x$ в $q(z|x) = \\mathcal{N}(\\mu(x), \\sigma^2(x))$, декодер отображает $z$ обратно в $p(x|z) = \\mathcal{N}(\\mathrm{Dec}(z), \\sigma_x^2)$ с обучаемым $\\sigma_x$, а обучение максимизирует $\\mathrm{ELBO} = \\mathbb{E}_q[\\log p(x|z)] - \\beta \\cdot KL(q(z|x) \\| \\mathcal{N}(0, I))$. При $\\beta = 1$ ELBO со всеми константами гауссиан — нижняя оценка $\\log p(x)$, поэтому его среднее по данным не может превысить $-H(p_{data})$: на одномерных данных видно, как оно поднимается к этому потолку.",
);

// Readouts.
pub const ELBO: Text = Text::new(
    "ELBO (mean over 2 048 fresh data points)",
    "ELBO (среднее по 2 048 новым точкам данных)",
);
pub const RECON: Text = Text::new(
    "reconstruction E_q log p(x|z)",
    "реконструкция E_q log p(x|z)",
);
pub const KL: Text = Text::new("KL(q(z|x) ‖ N(0, I))", "KL(q(z|x) ‖ N(0, I))");
pub const SIGMA_X: Text = Text::new("decoder's σ_x", "σ_x декодера");
pub const DATA_STD_1D: Text = Text::new("std of the data", "ст. откл. данных");
pub const DATA_STD_2D: Text = Text::new(
    "std of the data (root mean square over both axes)",
    "ст. откл. данных (среднеквадратичное по двум осям)",
);
pub const SIGMA_RATIO: Text = Text::new("σ_x / std of the data", "σ_x / ст. откл. данных");
pub const NEG_H: Text = Text::new(
    "−H(data): the ceiling of the mean ELBO",
    "−H(данных): потолок среднего ELBO",
);
pub const NEG_H_LINE: Text = Text::new("−H(data)", "−H(данных)");
pub const GAP: Text = Text::new("ELBO − (−H)", "ELBO − (−H)");

// Figures. Every caption says what is drawn as drawn (see `figures.rs` and
// `lessons::lab::elbo_figure`): colours, line styles, what the legend cannot show.
pub const DATA_FIG: Text = Text::new("Data and reconstructions", "Данные и реконструкции");
pub const DATA_CAPTION_1D: Text = Text::new(
    "p_data (blue line, lightly shaded) and a histogram of the reconstructions Dec(μ(x)) of 2 000 data points (orange steps): the decoder's mean at each point's code. A histogram bar taller than the plot is cut off at its top.",
    "p_data (синяя линия со светлой заливкой) и гистограмма реконструкций Dec(μ(x)) 2 000 точек данных (оранжевые ступеньки): среднее декодера в коде каждой точки. Столбец гистограммы выше графика обрезан сверху.",
);
pub const DATA_CAPTION_2D: Text = Text::new(
    "Data points (blue rings) and their reconstructions Dec(μ(x)) (orange dots); grey segments join the first 200 pairs. The legend shows both kinds of mark as filled discs.",
    "Точки данных (синие кольца) и их реконструкции Dec(μ(x)) (оранжевые точки); первые 200 пар соединены серыми отрезками. В легенде оба вида меток показаны закрашенными кружками.",
);
pub const PRIOR_FIG: Text = Text::new(
    "Sampling from the prior",
    "Генерация из априорного распределения",
);
pub const PRIOR_CAPTION_1D: Text = Text::new(
    "2 000 codes z ~ N(0, I) through the decoder: histograms of its means Dec(z) (purple steps) and of true samples Dec(z) + σ_x·ε (green steps), over p_data (blue line, lightly shaded). Black dashed curve: the model's density p(x), the mean of N(x; Dec(z), σ_x²) over z ~ N(0, I), computed on the decoded latent grid. A histogram bar taller than the plot is cut off at its top.",
    "2 000 кодов z ~ N(0, I), пропущенных через декодер: гистограммы его средних Dec(z) (фиолетовые ступеньки) и настоящих образцов Dec(z) + σ_x·ε (зелёные ступеньки) на фоне p_data (синяя линия со светлой заливкой). Чёрная штриховая кривая — плотность модели p(x), то есть среднее N(x; Dec(z), σ_x²) по z ~ N(0, I), вычисленное по декодированной сетке латентного пространства. Столбец гистограммы выше графика обрезан сверху.",
);
pub const PRIOR_CAPTION_2D: Text = Text::new(
    "600 codes z ~ N(0, I) through the decoder: its means Dec(z) (purple dots) and true samples Dec(z) + σ_x·ε (green dots), over 300 data points (faint blue rings). The legend shows every kind of mark as a filled disc.",
    "600 кодов z ~ N(0, I), пропущенных через декодер: его средние Dec(z) (фиолетовые точки) и настоящие образцы Dec(z) + σ_x·ε (зелёные точки) на фоне 300 точек данных (бледные синие кольца). В легенде все виды меток показаны закрашенными кружками.",
);
pub const BLUR: Text = Text::new(
    "Means or samples? The decoder's mean Dec(z) is the centre of p(x|z): the average of every x that code z may stand for, so the means are pulled together, narrower than the data (in images, the familiar blurry averages). A sample from the model adds the decoder's noise, Dec(z) + σ_x·ε, and spreads like the data: the VAE's blur is σ_x. The default data N(1, 0.5²) can be fitted exactly in more than one way: a decoder that ignores z (every mean at 1, σ_x = 0.5) reaches −H, and so does any straight line Dec(z) = 1 + a·z with a² + σ_x² = 0.25 and a matching encoder, since then p(x) = N(1, a² + σ_x²) is the data's density and the Gaussian encoder can be the exact posterior. Ignoring z is one optimum among many; the runs we tried end near it, plausibly because its posterior is the prior itself, the easiest for the encoder to match.",
    "Средние или образцы? Среднее декодера Dec(z) — центр p(x|z): усреднение всех x, за которые может отвечать код z, поэтому средние стянуты друг к другу и разбросаны меньше данных (на изображениях это знакомые размытые усреднения). Образец из модели добавляет шум декодера, Dec(z) + σ_x·ε, и разбросан как данные: размытие VAE — это σ_x. Данные по умолчанию N(1; 0,5²) точно описываются не единственным способом: потолка −H достигает не только декодер, не использующий z (все средние равны 1, σ_x = 0,5), но и любая прямая Dec(z) = 1 + a·z при a² + σ_x² = 0,25 с подходящим энкодером, ведь тогда p(x) = N(1; a² + σ_x²) совпадает с плотностью данных, а гауссов энкодер может дать точное апостериорное распределение. Отказ от z — лишь один из многих оптимумов; опробованные нами запуски приходят к нему, вероятно, потому, что здесь апостериорное распределение совпадает с априорным и энкодеру проще всего его воспроизвести.",
);
pub const LATENT: Text = Text::new("The latent space", "Латентное пространство");
pub const LATENT_CAPTION_1D: Text = Text::new(
    "The codes μ(x) of the first 600 data points (dots, coloured as chosen above; spread vertically only to be seen) over the prior's density N(0, 1), scaled to 1 at its peak (grey dashed curve), with grey dashed lines at ±1σ and ±2σ. The legend shows the codes as one black disc.",
    "Коды μ(x) первых 600 точек данных (точки, раскрашенные, как выбрано выше; по вертикали разнесены только для наглядности) на фоне плотности априорного N(0, 1), нормированной к 1 в максимуме (серая штриховая кривая), с серыми штриховыми линиями на ±1σ и ±2σ. В легенде коды показаны одним чёрным кружком.",
);
pub const LATENT_CAPTION_2D: Text = Text::new(
    "The codes μ(x) of the first 600 data points (dots, coloured as chosen above) over the prior N(0, I): its 1σ and 2σ circles (grey, dashed). The legend shows the codes as one black disc.",
    "Коды μ(x) первых 600 точек данных (точки, раскрашенные, как выбрано выше) на фоне априорного N(0, I): его окружности 1σ и 2σ (серые штриховые). В легенде коды показаны одним чёрным кружком.",
);
pub const COLOR_BY: Text = Text::new("Colour the codes by", "Цвет кодов");
pub const BY_CLASS: Text = Text::new(
    "class (mixture component, shape part)",
    "классу (компонента смеси, часть фигуры)",
);
pub const BY_POSITION: Text =
    Text::new("position in data space", "положению в пространстве данных");
pub const DECODED: Text = Text::new(
    "The decoded latent grid",
    "Декодированная сетка латентного пространства",
);
pub const DECODED_CAPTION_11: Text = Text::new(
    "The decoder's mean Dec(z) over the latent z ∈ [−4, 4] (black) and Dec(z) ± σ_x (green, dashed). A flat black line: the decoder ignores z. On the default N(1, 0.5²) that is one of the best decoders, and so is the line Dec(z) = 1 + a·z with a² + σ_x² = 0.25.",
    "Среднее декодера Dec(z) по латентному z ∈ [−4, 4] (чёрная линия) и Dec(z) ± σ_x (зелёные штриховые). Горизонтальная чёрная линия: декодер не использует z. На данных по умолчанию N(1; 0,5²) это один из лучших декодеров, как и прямая Dec(z) = 1 + a·z при a² + σ_x² = 0,25.",
);
pub const DECODED_CAPTION_12: Text = Text::new(
    "The decoder's mean Dec(z₁, z₂) along z₁ ∈ [−3, 3], one line for each z₂ = −2, −1, 0, 1, 2, coloured from dark blue (z₂ = −2) through teal and green to orange (z₂ = 2).",
    "Среднее декодера Dec(z₁, z₂) вдоль z₁ ∈ [−3, 3], по линии на каждое z₂ = −2, −1, 0, 1, 2; цвет меняется от тёмно-синего (z₂ = −2) через бирюзовый и зелёный к оранжевому (z₂ = 2).",
);
pub const DECODED_CAPTION_21: Text = Text::new(
    "The decoder's image of the latent line z ∈ [−4, 4]: a black curve in data space, with dots at z = −2, −1, 0, 1, 2 coloured from dark blue (z = −2) through teal and green to orange (z = 2), over 300 data points (faint blue rings). The legend shows the marks as discs of one colour.",
    "Образ латентной прямой z ∈ [−4, 4] под действием декодера: чёрная кривая в пространстве данных с точками при z = −2, −1, 0, 1, 2, цвет которых меняется от тёмно-синего (z = −2) через бирюзовый и зелёный к оранжевому (z = 2), на фоне 300 точек данных (бледные синие кольца). В легенде метки показаны кружками одного цвета.",
);
pub const DECODED_CAPTION_22: Text = Text::new(
    "The decoder's image of a 25 × 25 lattice over [−3, 3]² in latent space: a warped grid in data space (purple), with dots at z₁ = z₂ = −2, −1, 0, 1, 2 coloured from dark blue (−2) through teal and green to orange (2), over 300 data points (faint blue rings). The legend shows the marks as discs of one colour.",
    "Образ решётки 25 × 25 на [−3, 3]² латентного пространства под действием декодера: искривлённая сетка в пространстве данных (фиолетовая) с точками при z₁ = z₂ = −2, −1, 0, 1, 2, цвет которых меняется от тёмно-синего (−2) через бирюзовый и зелёный к оранжевому (2), на фоне 300 точек данных (бледные синие кольца). В легенде метки показаны кружками одного цвета.",
);
pub const ELBO_FIG: Text = Text::new("The ELBO over training", "ELBO в ходе обучения");
pub const ELBO_CAPTION_1D: Text = Text::new(
    "Black solid line: the ELBO; blue dashed: E log p(x|z); red dashed: −KL, so the black line is the sum of the two dashed ones. Each is a mean over 2 048 fresh data points. Grey horizontal line, labelled at its left end: −H(data). The ELBO stays below it, up to the estimate's noise of about 0.015 nats. The vertical range is fitted to the curves after the first 3 % of training; earlier values can fall below the plot.",
    "Чёрная сплошная линия — ELBO; синяя штриховая — E log p(x|z); красная штриховая — −KL, так что чёрная линия — сумма двух штриховых. Каждая величина — среднее по 2 048 новым точкам данных. Серая горизонтальная линия с подписью у левого края — −H(данных). ELBO остаётся ниже неё с точностью до шума оценки, около 0,015 ната. Вертикальный диапазон подобран по кривым после первых 3 % обучения; более ранние значения могут оказаться ниже графика.",
);
pub const ELBO_CAPTION_2D: Text = Text::new(
    "Black solid line: the ELBO; blue dashed: E log p(x|z); red dashed: −KL, so the black line is the sum of the two dashed ones. Each is a mean over 2 048 fresh data points. The vertical range is fitted to the curves after the first 3 % of training; earlier values can fall below the plot.",
    "Чёрная сплошная линия — ELBO; синяя штриховая — E log p(x|z); красная штриховая — −KL, так что чёрная линия — сумма двух штриховых. Каждая величина — среднее по 2 048 новым точкам данных. Вертикальный диапазон подобран по кривым после первых 3 % обучения; более ранние значения могут оказаться ниже графика.",
);

// Text alternatives of the figures: the axes, then what is shown now with its numbers.
/// Before the first snapshot every figure is empty axes.
pub const EMPTY_ALT: Text = Text::new(
    "Empty until the model's first snapshot.",
    "Пусто до первого снимка модели.",
);
pub const DATA_ALT_1D: Text = Text::new(
    "x axis: x; y axis: density. The data's density p_data and a histogram of the reconstructions: data spread {ds}, reconstructions' spread {rs}.",
    "Ось x: x; ось y: плотность. Плотность данных p_data и гистограмма реконструкций: разброс данных {ds}, разброс реконструкций {rs}.",
);
pub const DATA_ALT_2D: Text = Text::new(
    "x axis: x₁; y axis: x₂. Data points and their reconstructions: data spread {ds}, reconstructions' spread {rs}.",
    "Ось x: x₁; ось y: x₂. Точки данных и их реконструкции: разброс данных {ds}, разброс реконструкций {rs}.",
);
pub const PRIOR_ALT_1D: Text = Text::new(
    "x axis: x; y axis: density. Histograms of the decoder's means for codes from the prior, spread {ms}, and of true samples, spread {ss}, over the data's density, spread {ds}.",
    "Ось x: x; ось y: плотность. Гистограммы средних декодера для кодов из априорного распределения, разброс {ms}, и настоящих образцов, разброс {ss}, на фоне плотности данных, разброс {ds}.",
);
pub const PRIOR_ALT_2D: Text = Text::new(
    "x axis: x₁; y axis: x₂. The decoder's means for codes from the prior, spread {ms}; true samples, spread {ss}; data spread {ds}.",
    "Ось x: x₁; ось y: x₂. Средние декодера для кодов из априорного распределения, разброс {ms}; настоящие образцы, разброс {ss}; разброс данных {ds}.",
);
pub const LATENT_ALT_1D: Text = Text::new(
    "x axis: z; y axis: the prior's density scaled to 1 at its peak. {n} codes with mean square {q} (1 for codes spread like the prior, 0 when they collapse to its centre).",
    "Ось x: z; ось y: плотность априорного распределения, нормированная к 1 в максимуме. {n} кодов со средним квадратом {q} (1, если коды разбросаны как априорное распределение; 0, если они схлопнулись в его центр).",
);
pub const LATENT_ALT_2D: Text = Text::new(
    "x axis: z₁; y axis: z₂. {n} codes with mean square {q} (2, one per dimension, for codes spread like the prior; 0 when they collapse to its centre).",
    "Ось x: z₁; ось y: z₂. {n} кодов со средним квадратом {q} (2, по единице на измерение, если коды разбросаны как априорное распределение; 0, если они схлопнулись в его центр).",
);
pub const DECODED_ALT_11: Text = Text::new(
    "x axis: z; y axis: x. The decoder's mean over z from −4 to 4 spans {lo} to {hi}; σ_x = {s}.",
    "Ось x: z; ось y: x. Среднее декодера при z от −4 до 4 занимает отрезок от {lo} до {hi}; σ_x = {s}.",
);
pub const DECODED_ALT_12: Text = Text::new(
    "x axis: z₁; y axis: x. The decoder's means over the latent grid span {lo} to {hi}.",
    "Ось x: z₁; ось y: x. Средние декодера на латентной сетке занимают отрезок от {lo} до {hi}.",
);
pub const DECODED_ALT_2D: Text = Text::new(
    "x axis: x₁; y axis: x₂. The decoder's image of the latent grid spans {lo} to {hi} along x₁.",
    "Ось x: x₁; ось y: x₂. Образ латентной сетки под действием декодера занимает по x₁ отрезок от {lo} до {hi}.",
);
pub const ELBO_ALT: Text = Text::new(
    "x axis: iteration; y axis: nats. At iteration {i}: ELBO {e} = reconstruction {r} − KL {k}.",
    "Ось x: итерация; ось y: нат. На итерации {i}: ELBO {e} = реконструкция {r} − KL {k}.",
);
/// Added to [`ELBO_ALT`] for 1-D data.
pub const ELBO_ALT_BOUND: Text =
    Text::new(" The ceiling −H(data) = {h}.", " Потолок −H(данных) = {h}.");
/// The ELBO figure's text alternative before any training.
pub const ELBO_ALT_EMPTY: Text = Text::new(
    "x axis: iteration; y axis: nats. No training yet.",
    "Ось x: итерация; ось y: нат. Обучения ещё не было.",
);
pub const OUTSIDE: Text = Text::new(
    "of the true samples fall outside the plot",
    "настоящих образцов лежат за пределами графика",
);

// The objective: β and the trick.
pub const OBJECTIVE: Text = Text::new(
    "β and the reparametrization trick",
    "β и репараметризационный трюк",
);
pub const BETA: Text = Text::new("β, the weight of KL", "β, вес KL");
pub const REPARAM: Text = Text::new(
    "Reparametrization trick: z = μ + σ·ε",
    "Репараметризационный трюк: z = μ + σ·ε",
);
pub const LIVE: Text = Text::new(
    "Both change the running model at once, without a restart. Switching the trick back on does not undo a collapse: a decoder that ignores z sends (almost) no gradient through z either, so almost nothing moves — press Reset to train again from the seed.",
    "Оба меняют обучаемую модель сразу, без перезапуска. Если снова включить трюк, схлопывание не исчезнет: декодер, не использующий z, не пропускает (почти) никакого градиента и через z, поэтому почти ничего не сдвинется — нажмите «Сбросить», чтобы обучить модель заново с того же зерна.",
);
pub const TRICK_ON: Text = Text::new(
    "With the trick, z = μ(x) + σ(x)·ε is a differentiable function of the encoder's outputs: the reconstruction's gradient passes through z into the encoder, which learns codes that tell the data apart.",
    "С трюком z = μ(x) + σ(x)·ε — дифференцируемая функция выходов энкодера: градиент ошибки реконструкции проходит через z в энкодер, и тот учится выдавать коды, по которым точки данных можно различить.",
);
pub const TRICK_OFF: Text = Text::new(
    "Without the trick, z is drawn from N(μ, σ²) with gradients stopped: the reconstruction's gradient reaches the decoder and stops at z. The encoder feels only the KL term, which pulls every q(z|x) to the prior N(0, I): μ → 0, σ → 1, KL → 0. Codes that no longer depend on x carry nothing about it, so the decoder can only predict the data's mean, and its σ_x grows to the data's spread: the reconstruction term stalls at the log-likelihood of a single Gaussian with the data's mean and variance. Compare the readouts KL, σ_x and the data's std.",
    "Без трюка z выбирается случайно из N(μ, σ²) с остановленными градиентами: градиент ошибки реконструкции доходит до декодера и останавливается на z. Энкодер чувствует только слагаемое KL, которое притягивает каждое q(z|x) к априорному N(0, I): μ → 0, σ → 1, KL → 0. Коды, не зависящие от x, ничего о нём не несут, поэтому декодер может предсказать лишь среднее данных, и его σ_x растёт до разброса данных: слагаемое реконструкции застревает на логарифмическом правдоподобии одной гауссианы со средним и дисперсией данных. Сравните показания KL, σ_x и ст. откл. данных.",
);
pub const BETA_EXPLAIN: Text = Text::new(
    "β weighs the KL term in the loss −(E log p(x|z) − β·KL); the readouts always show the true ELBO (β = 1). β < 1 buys sharper reconstructions with codes far from the prior (large KL, small σ_x, and a worse ELBO); a large β makes every nat of information in z too dear: on two bumps from about β = 2 the codes collapse to the prior just as without the trick, here because the encoder chooses to.",
    "β — вес слагаемого KL в функции потерь −(E log p(x|z) − β·KL); показания всегда дают настоящее ELBO (β = 1). При β < 1 реконструкции точнее, а коды далеко от априорного распределения (большой KL, малый σ_x и худшее ELBO); при большом β каждый нат информации в z слишком дорог: на двух горбах примерно с β = 2 коды схлопываются к априорному распределению так же, как без трюка, — но здесь энкодер выбирает это сам.",
);
pub const COLLAPSED: Text = Text::new(
    "Now: the codes sit on the prior (KL ≈ 0) and σ_x is the data's spread — the decoder ignores z.",
    "Сейчас: коды лежат на априорном распределении (KL ≈ 0), а σ_x равен разбросу данных — декодер не использует z.",
);
pub const USING: Text = Text::new(
    "Now: the codes carry information about x (KL > 0) and σ_x is below the data's spread.",
    "Сейчас: коды несут информацию об x (KL > 0), и σ_x меньше разброса данных.",
);
pub const THEORY_LINK: Text = Text::new(
    "the theory lesson: the scheme without the trick",
    "урок с теорией: схема без трюка",
);

// Data and presets.
pub const DATA: Text = Text::new("Data", "Данные");
pub const MIXTURE: Text = Text::new(
    "1-D mixture (edit below)",
    "одномерная смесь (правится ниже)",
);
pub const SHAPE_NAMES: [(&str, Text); 7] = [
    ("line", Text::new("2-D: line", "двумерные: отрезок")),
    (
        "two-gaussians",
        Text::new("2-D: two Gaussians", "двумерные: две гауссианы"),
    ),
    ("ring", Text::new("2-D: ring", "двумерные: кольцо")),
    (
        "three-blobs",
        Text::new("2-D: three blobs", "двумерные: три пятна"),
    ),
    (
        "eight-gaussians",
        Text::new("2-D: eight Gaussians", "двумерные: восемь гауссиан"),
    ),
    ("spiral", Text::new("2-D: spiral", "двумерные: спираль")),
    (
        "two-moons",
        Text::new("2-D: two moons", "двумерные: два полумесяца"),
    ),
];
pub const P_DATA_1D: Text = Text::new("The data p_data", "Данные p_data");
pub const TRY: Text = Text::new("Try", "Попробуйте");
pub const TRY_GAUSSIAN: Text = Text::new("one Gaussian (default)", "одна гауссиана (по умолчанию)");
pub const TRY_BIMODAL: Text = Text::new("two bumps", "два горба");
pub const TRY_NO_TRICK: Text = Text::new("two bumps without the trick", "два горба без трюка");
pub const TRY_BETA: Text = Text::new("two bumps, β = 3", "два горба, β = 3");
pub const TRY_MOONS: Text = Text::new("2-D: two moons", "двумерные: два полумесяца");
pub const TRY_RING: Text = Text::new("2-D: ring", "двумерные: кольцо");
pub const RING_EXPLAIN: Text = Text::new(
    "The ring and the eight Gaussians often end collapsed even with the trick (KL ≈ 0, σ_x at the data's spread): from the start one round Gaussian explains them nearly as well as anything the small decoder finds nearby, and the KL term makes every step away from it cost. This is posterior collapse. Unlike on the single Gaussian, here it costs: one Gaussian fits these data poorly. Lower β (say 0.3) to let the codes carry the angle.",
    "Кольцо и восемь гауссиан часто схлопываются даже с трюком (KL ≈ 0, σ_x равен разбросу данных): с самого начала одна круглая гауссиана объясняет их почти так же хорошо, как всё, что небольшой декодер найдёт поблизости, а слагаемое KL делает дорогим каждый шаг в сторону. Это коллапс апостериорного распределения. В отличие от случая одной гауссианы, здесь он обходится дорого: одна гауссиана плохо описывает такие данные. Уменьшите β (скажем, до 0,3), чтобы коды могли нести угол.",
);
