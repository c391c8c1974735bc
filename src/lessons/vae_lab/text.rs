//! The VAE lab's words, RU and EN, in the seminar's terms («Вариационный автоэнкодер»: энкодер,
//! декодер, репараметризационный трюк) and consistent with the theory lesson `#/vae-theory`.
// The lesson bundle only lists the lab (title, summary, lead); the rest is the lab bundle's.
#![cfg_attr(not(feature = "labs"), allow(dead_code))]

use crate::exercise::{Exercise, Kind};
use crate::i18n::Text;

pub const TITLE: Text = Text::new(
    "Lab: a VAE, its ELBO and the reparametrization trick",
    "Лаборатория: VAE, ELBO и репараметризационный трюк",
);
pub const SUMMARY: Text = Text::new(
    "Train a VAE live: reconstructions, codes over the prior, the decoded latent grid, prior samples, and the ELBO against −H(data); switch the trick off and watch the codes collapse",
    "Обучите VAE вживую: реконструкции, коды на фоне априорного распределения, декодированная сетка латентного пространства, сэмплы из априорного распределения и ELBO против −H(данных); выключите трюк и посмотрите, как коды схлопываются",
);
pub const LEAD: Text = Text::new(
    "A small variational autoencoder trains in your browser. The encoder maps each $x$ to $q(z|x) = \\mathcal{N}(\\mu(x), \\sigma^2(x))$, the decoder maps $z$ back to $p(x|z) = \\mathcal{N}(\\mathrm{dec}(z), \\sigma_x^2)$ with a learned $\\sigma_x$, and training maximises $\\mathrm{ELBO} = \\mathbb{E}_q[\\log p(x|z)] - \\beta \\cdot KL(q(z|x) \\| \\mathcal{N}(0, I))$. At $\\beta = 1$ the ELBO, with every constant of the Gaussians included, is a lower bound on $\\log p(x)$, so its mean can never exceed $-H(p_{data})$: on 1-D data you can watch it climb to that ceiling.",
    "В браузере обучается небольшой вариационный автоэнкодер. Энкодер отображает каждый $x$ в $q(z|x) = \\mathcal{N}(\\mu(x), \\sigma^2(x))$, декодер отображает $z$ обратно в $p(x|z) = \\mathcal{N}(\\mathrm{dec}(z), \\sigma_x^2)$ с обучаемым $\\sigma_x$, а обучение максимизирует $\\mathrm{ELBO} = \\mathbb{E}_q[\\log p(x|z)] - \\beta \\cdot KL(q(z|x) \\| \\mathcal{N}(0, I))$. При $\\beta = 1$ ELBO со всеми константами гауссиан — нижняя оценка $\\log p(x)$, поэтому в среднем оно не может превысить $-H(p_{data})$: на одномерных данных видно, как оно поднимается до этого потолка.",
);

// Readouts.
pub const ELBO: Text = Text::new(
    "ELBO (mean over 2 048 fresh data points)",
    "ELBO (среднее по 2 048 свежим точкам данных)",
);
pub const RECON: Text = Text::new(
    "reconstruction E_q log p(x|z)",
    "реконструкция E_q log p(x|z)",
);
pub const KL: Text = Text::new("KL(q(z|x) ‖ N(0, I))", "KL(q(z|x) ‖ N(0, I))");
pub const SIGMA_X: Text = Text::new("decoder's σ_x", "σ_x декодера");
pub const DATA_STD_1D: Text = Text::new("std of the data", "ст. откл. данных");
pub const DATA_STD_2D: Text = Text::new(
    "std of the data (RMS over both axes)",
    "ст. откл. данных (среднеквадратичное по двум осям)",
);
pub const SIGMA_RATIO: Text = Text::new("σ_x / std of the data", "σ_x / ст. откл. данных");
pub const NEG_H: Text = Text::new(
    "−H(data): the ceiling of the mean ELBO",
    "−H(данных): потолок среднего ELBO",
);
pub const NEG_H_LINE: Text = Text::new("−H(data)", "−H(данных)");
pub const GAP: Text = Text::new("ELBO − (−H)", "ELBO − (−H)");

// Figures.
pub const DATA_FIG: Text = Text::new("Data and reconstructions", "Данные и реконструкции");
pub const DATA_CAPTION_1D: Text = Text::new(
    "p_data (blue) and a histogram of the reconstructions dec(μ(x)) of 2 000 data points (orange): the decoder's mean at each point's code.",
    "p_data (синяя) и гистограмма реконструкций dec(μ(x)) 2 000 точек данных (оранжевая): среднее декодера в коде каждой точки.",
);
pub const DATA_CAPTION_2D: Text = Text::new(
    "Data points (blue rings) and their reconstructions dec(μ(x)) (orange), joined by grey lines for the first 200.",
    "Точки данных (синие кольца) и их реконструкции dec(μ(x)) (оранжевые); у первых 200 они соединены серыми отрезками.",
);
pub const PRIOR_FIG: Text = Text::new(
    "Sampling from the prior",
    "Сэмплы из априорного распределения",
);
pub const PRIOR_CAPTION_1D: Text = Text::new(
    "z ~ N(0, I) through the decoder: its means dec(z) (purple) and true samples dec(z) + σ_x·ε (green), against p_data (blue); dashed: the model's density p(x) = ∫ N(z; 0, I) N(x; dec(z), σ_x²) dz from the decoded grid.",
    "z ~ N(0, I) через декодер: его средние dec(z) (фиолетовая) и настоящие сэмплы dec(z) + σ_x·ε (зелёная) на фоне p_data (синяя); штрихи — плотность модели p(x) = ∫ N(z; 0, I) N(x; dec(z), σ_x²) dz по декодированной сетке.",
);
pub const PRIOR_CAPTION_2D: Text = Text::new(
    "z ~ N(0, I) through the decoder: its means dec(z) (purple) and true samples dec(z) + σ_x·ε (green), over the data (light blue).",
    "z ~ N(0, I) через декодер: его средние dec(z) (фиолетовые) и настоящие сэмплы dec(z) + σ_x·ε (зелёные) на фоне данных (голубые).",
);
pub const BLUR: Text = Text::new(
    "Means or samples? The decoder's mean dec(z) is the centre of p(x|z): the average of every x that code z may stand for, so the means are pulled together, narrower than the data (in images, the familiar blurry averages). A sample from the model adds the decoder's noise, dec(z) + σ_x·ε, and spreads like the data: the VAE's blur is σ_x. On the default N(1, 0.5²) the best VAE ignores z altogether: every mean sits at 1 and the noise σ_x = 0.5 alone makes the data — and the ELBO still reaches −H.",
    "Средние или сэмплы? Среднее декодера dec(z) — центр p(x|z): усреднение всех x, за которые может отвечать код z, поэтому средние стянуты друг к другу и разбросаны меньше данных (на изображениях это знакомые размытые усреднения). Сэмпл из модели добавляет шум декодера, dec(z) + σ_x·ε, и разбросан как данные: размытие VAE — это σ_x. На данных по умолчанию N(1, 0,5²) лучший VAE вовсе не пользуется z: все средние равны 1, а данные целиком даёт шум σ_x = 0,5 — и ELBO всё равно достигает −H.",
);
pub const LATENT: Text = Text::new("The latent space", "Латентное пространство");
pub const LATENT_CAPTION_1D: Text = Text::new(
    "The codes μ(x) of the data points (dots, spread vertically only to be seen) over the prior's density N(0, 1) (dashed) with its ±1σ and ±2σ.",
    "Коды μ(x) точек данных (точки; по вертикали разнесены только для наглядности) на фоне плотности априорного N(0, 1) (штрихи) с её ±1σ и ±2σ.",
);
pub const LATENT_CAPTION_2D: Text = Text::new(
    "The codes μ(x) of the data points over the prior N(0, I): its 1σ and 2σ circles (dashed).",
    "Коды μ(x) точек данных на фоне априорного N(0, I): его окружности 1σ и 2σ (штрихи).",
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
    "The decoder's mean dec(z) over the latent z ∈ [−4, 4] (solid) and dec(z) ± σ_x (dashed). Flat: the decoder ignores z.",
    "Среднее декодера dec(z) по латентному z ∈ [−4, 4] (сплошная) и dec(z) ± σ_x (штрихи). Горизонтальная линия: декодер не пользуется z.",
);
pub const DECODED_CAPTION_12: Text = Text::new(
    "The decoder's mean dec(z₁, z₂) along z₁ for z₂ = −2, −1, 0, 1, 2.",
    "Среднее декодера dec(z₁, z₂) вдоль z₁ при z₂ = −2, −1, 0, 1, 2.",
);
pub const DECODED_CAPTION_21: Text = Text::new(
    "The decoder's image of the latent line z ∈ [−4, 4]: a curve in data space (black), marked at z = −2, −1, 0, 1, 2, over the data.",
    "Образ латентной прямой z ∈ [−4, 4] под действием декодера: кривая в пространстве данных (чёрная) с отметками z = −2, −1, 0, 1, 2 на фоне данных.",
);
pub const DECODED_CAPTION_22: Text = Text::new(
    "The decoder's image of a 25 × 25 lattice over [−3, 3]² in latent space: a warped grid in data space (purple), over the data.",
    "Образ решётки 25 × 25 на [−3, 3]² латентного пространства под действием декодера: искривлённая сетка в пространстве данных (фиолетовая) на фоне данных.",
);
pub const ELBO_FIG: Text = Text::new("The ELBO over training", "ELBO в ходе обучения");
pub const ELBO_CAPTION_1D: Text = Text::new(
    "The ELBO (black) = E log p(x|z) (blue, dashed) − KL (orange, dashed), each a mean over 2 048 fresh data points, and −H(data) (grey line): the ELBO stays below it, up to the estimate's noise of about 0.015 nats.",
    "ELBO (чёрная) = E log p(x|z) (синие штрихи) − KL (оранжевые штрихи), каждое — среднее по 2 048 свежим точкам данных, и −H(данных) (серая линия): ELBO остаётся ниже неё с точностью до шума оценки, около 0,015 нат.",
);
pub const ELBO_CAPTION_2D: Text = Text::new(
    "The ELBO (black) = E log p(x|z) (blue, dashed) − KL (orange, dashed), each a mean over 2 048 fresh data points.",
    "ELBO (чёрная) = E log p(x|z) (синие штрихи) − KL (оранжевые штрихи), каждое — среднее по 2 048 свежим точкам данных.",
);
pub const DATA_ALT: Text = Text::new(
    "Data with spread {ds} and their reconstructions with spread {rs}.",
    "Данные с разбросом {ds} и их реконструкции с разбросом {rs}.",
);
pub const PRIOR_ALT: Text = Text::new(
    "Decoder means from the prior with spread {ms}; true samples with spread {ss}; data spread {ds}.",
    "Средние декодера для кодов из априорного распределения с разбросом {ms}; настоящие сэмплы с разбросом {ss}; разброс данных {ds}.",
);
pub const LATENT_ALT: Text = Text::new(
    "{n} codes with mean square {q} (1 per dimension for codes spread like the prior; 0 when they collapse to its centre).",
    "{n} кодов со средним квадратом {q} (1 на измерение, если коды разбросаны как априорное распределение; 0, если они схлопнулись в его центр).",
);
pub const DECODED_ALT: Text = Text::new(
    "The decoder's means over the latent grid span {lo} to {hi} along the first data axis.",
    "Средние декодера на латентной сетке занимают от {lo} до {hi} по первой оси данных.",
);
pub const ELBO_ALT: Text = Text::new(
    "ELBO {e} = reconstruction {r} − KL {k} nats at iteration {i}.",
    "ELBO {e} = реконструкция {r} − KL {k} нат на итерации {i}.",
);
pub const OUTSIDE: Text = Text::new(
    "of the true samples fall outside the plot",
    "настоящих сэмплов за пределами графика",
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
    "Both change the running model at once, without a restart. Switching the trick back on does not undo a collapse: a decoder that ignores z sends no gradient through z either, so nothing moves — press Reset to train again from the seed.",
    "Оба меняют обучаемую модель сразу, без перезапуска. Если снова включить трюк, схлопывание не исчезнет: декодер, не пользующийся z, не пропускает градиент и через z, поэтому ничего не сдвинется — нажмите «Сбросить», чтобы обучить заново с того же зерна.",
);
pub const TRICK_ON: Text = Text::new(
    "With the trick, z = μ(x) + σ(x)·ε is a differentiable function of the encoder's outputs: the reconstruction's gradient passes through z into the encoder, which learns codes that tell the data apart.",
    "С трюком z = μ(x) + σ(x)·ε — дифференцируемая функция выходов энкодера: градиент ошибки реконструкции проходит через z в энкодер, и тот учится давать кодам различать данные.",
);
pub const TRICK_OFF: Text = Text::new(
    "Without the trick, z is drawn from N(μ, σ²) with gradients stopped: the reconstruction's gradient reaches the decoder and stops at z. The encoder feels only the KL term, which pulls every q(z|x) to the prior N(0, I): μ → 0, σ → 1, KL → 0. Codes that no longer depend on x carry nothing about it, so the decoder can only predict the data's mean, and its σ_x grows to the data's spread: reconstruction stalls at the data's variance. Compare the readouts KL, σ_x and the data's std.",
    "Без трюка z берётся из N(μ, σ²) с остановленными градиентами: градиент ошибки реконструкции доходит до декодера и останавливается на z. Энкодер чувствует только слагаемое KL, которое притягивает каждое q(z|x) к априорному N(0, I): μ → 0, σ → 1, KL → 0. Коды, не зависящие от x, ничего о нём не несут, поэтому декодер может предсказать лишь среднее данных, и его σ_x растёт до разброса данных: реконструкция застревает на дисперсии данных. Сравните показания KL, σ_x и ст. откл. данных.",
);
pub const BETA_EXPLAIN: Text = Text::new(
    "β weighs the KL term in the loss −(E log p(x|z) − β·KL); the readouts always show the true ELBO (β = 1). β < 1 buys sharper reconstructions with codes far from the prior (large KL, small σ_x, and a worse ELBO); a large β makes every nat of information in z too dear: on two bumps from β ≈ 2 the codes collapse to the prior just as without the trick, here because the encoder chooses to.",
    "β — вес слагаемого KL в потерях −(E log p(x|z) − β·KL); показания всегда дают настоящее ELBO (β = 1). При β < 1 реконструкции точнее, а коды далеко от априорного распределения (большой KL, малый σ_x и худшее ELBO); при большом β каждый нат информации в z слишком дорог: на двух горбах примерно с β = 2 коды схлопываются к априорному распределению так же, как без трюка, — но здесь энкодер выбирает это сам.",
);
pub const COLLAPSED: Text = Text::new(
    "Now: the codes sit on the prior (KL ≈ 0) and σ_x is the data's spread — the decoder ignores z.",
    "Сейчас: коды лежат на априорном распределении (KL ≈ 0), а σ_x равна разбросу данных — декодер не пользуется z.",
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
    ("line", Text::new("2-D: line", "2-D: отрезок")),
    (
        "two-gaussians",
        Text::new("2-D: two Gaussians", "2-D: два гауссиана"),
    ),
    ("ring", Text::new("2-D: ring", "2-D: кольцо")),
    (
        "three-blobs",
        Text::new("2-D: three blobs", "2-D: три пятна"),
    ),
    (
        "eight-gaussians",
        Text::new("2-D: eight Gaussians", "2-D: восемь гауссианов"),
    ),
    ("spiral", Text::new("2-D: spiral", "2-D: спираль")),
    (
        "two-moons",
        Text::new("2-D: two moons", "2-D: два полумесяца"),
    ),
];
pub const P_DATA_1D: Text = Text::new("The data p_data", "Данные p_data");
pub const TRY: Text = Text::new("Try", "Попробуйте");
pub const TRY_GAUSSIAN: Text = Text::new("one Gaussian (default)", "один гауссиан (по умолчанию)");
pub const TRY_BIMODAL: Text = Text::new("two bumps", "два горба");
pub const TRY_NO_TRICK: Text = Text::new("two bumps without the trick", "два горба без трюка");
pub const TRY_BETA: Text = Text::new("two bumps, β = 3", "два горба, β = 3");
pub const TRY_MOONS: Text = Text::new("2-D: two moons", "2-D: два полумесяца");
pub const TRY_RING: Text = Text::new("2-D: ring", "2-D: кольцо");
pub const RING_EXPLAIN: Text = Text::new(
    "The ring and the eight Gaussians often end collapsed even with the trick (KL ≈ 0, σ_x at the data's spread): from the start one round Gaussian explains them nearly as well as anything the small decoder finds nearby, and the KL term makes every step away from it cost. This is posterior collapse. Lower β (say 0.3) to let the codes carry the angle.",
    "Кольцо и восемь гауссианов часто схлопываются даже с трюком (KL ≈ 0, σ_x равна разбросу данных): с самого начала одна круглая гауссиана объясняет их почти так же хорошо, как всё, что небольшой декодер найдёт поблизости, а слагаемое KL делает дорогим каждый шаг в сторону. Это схлопывание апостериорного распределения (posterior collapse). Уменьшите β (скажем, до 0,3), чтобы коды могли нести угол.",
);

pub static EXERCISES: [Exercise; 3] = [
    Exercise {
        id: "ceiling",
        prompt: Text::new(
            "Train on the default data $\\mathcal{N}(1, 0.5^2)$ until the ELBO levels off. Which value does it approach, in nats? (2 decimals)",
            "Обучайте на данных по умолчанию $\\mathcal{N}(1, 0{,}5^2)$, пока ELBO не выйдет на плато. К какому значению оно стремится в натах? (2 знака)",
        ),
        kind: Kind::Number {
            answer: -0.725_791_352_644_727_5,
            tol: 0.02,
        },
        hint: Text::new(
            "The mean ELBO is at most $\\mathbb{E} \\log p_{model}(x) \\le -H(p_{data})$, and a Gaussian has $H = \\tfrac12 \\ln(2\\pi e \\sigma^2)$.",
            "Среднее ELBO не больше $\\mathbb{E} \\log p_{model}(x) \\le -H(p_{data})$, а у гауссианы $H = \\tfrac12 \\ln(2\\pi e \\sigma^2)$.",
        ),
        solution: Text::new(
            "$-H = -\\tfrac12 \\ln(2\\pi e \\cdot 0.25) \\approx -0.726$ nats. The VAE reaches it exactly: its decoder ignores $z$ ($KL = 0$) and its noise $\\sigma_x = 0.5$ is the data's.",
            "$-H = -\\tfrac12 \\ln(2\\pi e \\cdot 0{,}25) \\approx -0{,}726$ нат. VAE достигает его точно: декодер не пользуется $z$ ($KL = 0$), а его шум $\\sigma_x = 0{,}5$ совпадает с данными.",
        ),
    },
    Exercise {
        id: "no-trick",
        prompt: Text::new(
            "On two bumps, switch the reparametrization trick off and train from the seed. What happens?",
            "На двух горбах выключите репараметризационный трюк и обучите с того же зерна. Что происходит?",
        ),
        kind: Kind::Choice {
            options: &[
                Text::new(
                    "KL → 0 and $\\sigma_x$ → the data's std (about 1.55): the codes collapse to the prior",
                    "KL → 0, а $\\sigma_x$ → ст. откл. данных (около 1,55): коды схлопываются к априорному распределению",
                ),
                Text::new(
                    "the same as with the trick, only slower",
                    "то же, что с трюком, только медленнее",
                ),
                Text::new(
                    "training diverges: without the trick there is no gradient at all",
                    "обучение расходится: без трюка градиента нет вовсе",
                ),
            ],
            correct: &[0],
        },
        hint: Text::new(
            "Which term's gradient still reaches the encoder when $z$ is sampled with gradients stopped?",
            "Градиент какого слагаемого всё ещё доходит до энкодера, если $z$ сэмплируется с остановленными градиентами?",
        ),
        solution: Text::new(
            "Only the KL term's: it pulls $q(z|x)$ to $\\mathcal{N}(0, I)$, so the codes stop depending on $x$. The decoder then predicts the data's mean for every code, and the best $\\sigma_x$ is the data's spread, $\\sqrt{1.5^2 + 0.4^2} \\approx 1.55$. Nothing diverges: the decoder and the KL train normally.",
            "Только градиент KL: он притягивает $q(z|x)$ к $\\mathcal{N}(0, I)$, и коды перестают зависеть от $x$. Тогда декодер для любого кода предсказывает среднее данных, а лучший $\\sigma_x$ — разброс данных, $\\sqrt{1{,}5^2 + 0{,}4^2} \\approx 1{,}55$. Ничего не расходится: декодер и KL обучаются как обычно.",
        ),
    },
    Exercise {
        id: "beta",
        prompt: Text::new(
            "With the trick on, set β = 3 on two bumps and train from the seed. The readouts show KL ≈ 0 and σ_x ≈ 1.55, as without the trick. Why?",
            "С трюком установите β = 3 на двух горбах и обучите с того же зерна. Показания: KL ≈ 0 и σ_x ≈ 1,55, как без трюка. Почему?",
        ),
        kind: Kind::Choice {
            options: &[
                Text::new(
                    "the reconstruction gradient does reach the encoder, but β·KL makes the information in $z$ cost more than it saves in reconstruction",
                    "градиент реконструкции доходит до энкодера, но β·KL делает информацию в $z$ дороже, чем она экономит на реконструкции",
                ),
                Text::new("β switches the trick off", "β выключает трюк"),
                Text::new("β only rescales the plot", "β лишь меняет масштаб графика"),
            ],
            correct: &[0],
        },
        hint: Text::new(
            "The loss is $-(\\mathbb{E} \\log p(x|z) - \\beta \\cdot KL)$. What does telling the two bumps apart gain, and what does it cost?",
            "Потери — $-(\\mathbb{E} \\log p(x|z) - \\beta \\cdot KL)$. Что даёт различение двух горбов и во что оно обходится?",
        ),
        solution: Text::new(
            "Telling the bumps apart raises $\\mathbb{E} \\log p(x|z)$ by about 1.36 nats (from $-H(\\mathcal{N}(0, 1.55^2)) \\approx -1.86$ to $-H(\\mathcal{N}(0, 0.4^2)) \\approx -0.50$) and needs a KL of at least $\\ln 2 \\approx 0.69$ nats (one bit: which bump). Weighted by β = 3 that bit costs over 2 nats, more than it saves, so the optimum of the β-weighted loss is the collapsed one. The encoder gets its gradients and chooses to ignore $x$.",
            "Различение горбов поднимает $\\mathbb{E} \\log p(x|z)$ примерно на 1,36 нат (с $-H(\\mathcal{N}(0, 1{,}55^2)) \\approx -1{,}86$ до $-H(\\mathcal{N}(0, 0{,}4^2)) \\approx -0{,}50$) и требует KL не меньше $\\ln 2 \\approx 0{,}69$ нат (один бит: какой горб). С весом β = 3 этот бит стоит больше 2 нат — дороже, чем он экономит, поэтому оптимум потерь с β — схлопнутый. Энкодер получает градиенты и сам решает не пользоваться $x$.",
        ),
    },
];
