//! The VAE lesson's words: the seminar's slides «Вариационный автоэнкодер» (the idea, the
//! remarks on backpropagation and the reparametrization trick, the scheme with red and blue
//! marks), with one slip fixed: at generation time z is drawn from the prior N(0, I), not from
//! N(μ, σ²) — μ and σ are the encoder's outputs for a given x, and generation has no x.
//! Russian terms as across the app: «функция вклада» (score function, spelled out at first
//! use), «функция близости» (divergence), «функция потерь», «обратное распространение
//! ошибки», «батч», «зерно»; numbers in Russian formulas as `0{,}5`.

use crate::components::Step;
use crate::i18n::Text;

/// Title.
pub const TITLE: Text = Text::new(
    "The variational autoencoder and the reparametrization trick",
    "Вариационный автоэнкодер и репараметризационный трюк",
);
/// Contents line.
pub const SUMMARY: Text = Text::new(
    "Encoder, decoder, loss = reconstruction + KL; why sampling blocks backpropagation, how z = μ + σ·ε fixes it; pathwise and score-function gradients.",
    "Энкодер, декодер, функция потерь = реконструкция + KL; почему случайный выбор z мешает обратному распространению ошибки и как это исправляет z = μ + σ·ε; градиенты по пути и через функцию вклада (градиент логарифма плотности).",
);
/// Lead paragraph.
pub const LEAD: Text = Text::new(
    "A variational autoencoder maps data $x$ to a simple distribution over a code $z$ and back. Training needs gradients through a random draw of $z$; the reparametrization trick $z = \\mu + \\sigma \\cdot \\varepsilon$ provides them. Toggle the trick in the scheme, then measure the gradient estimators below.",
    "Вариационный автоэнкодер отображает данные $x$ в простое распределение кода $z$ и обратно. Для обучения нужны градиенты через случайный выбор $z$; их даёт репараметризационный трюк $z = \\mu + \\sigma \\cdot \\varepsilon$. Включите и выключите трюк на схеме, а затем сравните оценки градиента ниже.",
);

/// The derivation.
pub static STEPS: [Step; 7] = [
    Step {
        text: Text::new(
            "The encoder $\\mathrm{Enc}$ maps a data point $x$ to a simple distribution: a Gaussian $q(z|x)$ whose mean $\\mu$ and spread $\\sigma$ it outputs. The decoder $\\mathrm{Dec}$ maps a code $z$ back to $\\hat{x}$. Both are neural networks, trained jointly.",
            "Энкодер $\\mathrm{Enc}$ отображает объект $x$ в простое распределение: гауссиану $q(z|x)$, среднее $\\mu$ и разброс $\\sigma$ которой он выдаёт. Декодер $\\mathrm{Dec}$ отображает код $z$ обратно в $\\hat{x}$. Обе части — нейросети, обучаемые совместно.",
        ),
        tex: Some(
            "q(z|x) = \\mathcal{N}\\big(\\mu(x), \\sigma^2(x)\\big),\\quad z \\sim q(z|x),\\quad \\hat{x} = \\mathrm{Dec}(z)",
        ),
    },
    Step {
        text: Text::new(
            "Training maximises the evidence lower bound (ELBO) of $\\log p(x)$: the decoder's expected log-likelihood of $x$, minus the KL divergence of the encoder's distribution from the prior $\\mathcal{N}(0, I)$.",
            "Обучение максимизирует нижнюю оценку обоснованности (ELBO) для $\\log p(x)$: ожидаемое логарифмическое правдоподобие $x$ у декодера минус функцию близости Кульбака–Лейблера (KL) между распределением энкодера и априорным распределением $\\mathcal{N}(0, I)$.",
        ),
        tex: Some(
            "\\mathrm{ELBO}(x) = \\mathbb{E}_{z \\sim q(z|x)}\\big[\\log p(x|z)\\big] - D_{KL}\\big(q(z|x) \\,\\|\\, \\mathcal{N}(0, I)\\big) \\le \\log p(x)",
        ),
    },
    Step {
        text: Text::new(
            "Maximising the ELBO is minimising the loss $-\\mathrm{ELBO}$ = reconstruction error + KL, the two blue boxes. With a Gaussian decoder of fixed variance $s^2$, $-\\log p(x|z) = \\|x - \\hat{x}\\|^2 / (2s^2) + \\mathrm{const}$: the squared error. For a Gaussian encoder the KL term has a closed form (per latent dimension; the dimensions add up), shown for the demo's $\\mu, \\sigma$ below:",
            "Максимизировать ELBO — значит минимизировать функцию потерь $-\\mathrm{ELBO}$ = ошибка реконструкции + KL: это два синих блока. Для гауссова декодера с фиксированной дисперсией $s^2$ имеем $-\\log p(x|z) = \\|x - \\hat{x}\\|^2 / (2s^2) + \\mathrm{const}$, то есть квадратичную ошибку. Для гауссова энкодера слагаемое KL выписывается явно (на одну координату кода; по координатам они складываются), его значение для $\\mu, \\sigma$ из демонстрации — ниже:",
        ),
        tex: Some(
            "D_{KL}\\big(\\mathcal{N}(\\mu, \\sigma^2) \\,\\|\\, \\mathcal{N}(0, 1)\\big) = \\tfrac12\\left(\\mu^2 + \\sigma^2 - 1 - \\ln \\sigma^2\\right)",
        ),
    },
    Step {
        text: Text::new(
            "If $z$ is simply drawn from $\\mathcal{N}(\\mu, \\sigma^2)$ (red node), the drawn number has no derivative with respect to $\\mu$ or $\\sigma$: the reconstruction term depends on them only through the density $z$ comes from, so there is no pathwise gradient and backpropagation stops at $z$. The decoder still learns, and the encoder gets the KL term's gradient (closed form in $\\mu, \\sigma$), but nothing teaches it to encode $x$. A gradient does exist — the derivative falls on the density — and the score-function estimator of step 6 uses it, at the price of noise.",
            "Если просто сгенерировать $z$ из $\\mathcal{N}(\\mu, \\sigma^2)$ (красный узел), у полученного числа нет производной по $\\mu$ и $\\sigma$: ошибка реконструкции зависит от них лишь через плотность, из которой взят $z$, поэтому градиента «по пути» нет и обратное распространение ошибки останавливается на $z$. Декодер при этом учится, энкодер получает градиент слагаемого KL (оно явно выражено через $\\mu, \\sigma$), но кодировать $x$ его ничто не учит. Сам градиент существует — производная переходит на плотность, — и его использует оценка через функцию вклада (градиент логарифма плотности) из шага 6, но эта оценка шумная.",
        ),
        tex: Some(
            "\\frac{\\partial}{\\partial \\mu}\\, \\mathbb{E}_{z \\sim \\mathcal{N}(\\mu, \\sigma^2)}\\big[f(z)\\big] = \\int f(z)\\, \\frac{\\partial}{\\partial \\mu} \\mathcal{N}(z; \\mu, \\sigma^2)\\, dz",
        ),
    },
    Step {
        text: Text::new(
            "The reparametrization trick: draw $\\varepsilon \\sim \\mathcal{N}(0, 1)$ aside, as an input that needs no gradient (grey), and compute $z = \\mu + \\sigma \\cdot \\varepsilon$. It has the same distribution $\\mathcal{N}(\\mu, \\sigma^2)$, but is now a deterministic, differentiable function of $\\mu$ and $\\sigma$: the reconstruction's gradient passes through $z$ to $\\mu$, $\\sigma$ and the encoder.",
            "Репараметризационный трюк: сгенерируем $\\varepsilon \\sim \\mathcal{N}(0, 1)$ отдельно, как вход, по которому градиент не нужен (серый), и положим $z = \\mu + \\sigma \\cdot \\varepsilon$. Распределение то же, $\\mathcal{N}(\\mu, \\sigma^2)$, но теперь $z$ — детерминированная дифференцируемая функция от $\\mu$ и $\\sigma$: градиент ошибки реконструкции проходит через $z$ к $\\mu$, $\\sigma$ и энкодеру.",
        ),
        tex: Some(
            "z = \\mu + \\sigma \\cdot \\varepsilon,\\quad \\varepsilon \\sim \\mathcal{N}(0, 1) \\quad\\Rightarrow\\quad \\frac{\\partial z}{\\partial \\mu} = 1,\\quad \\frac{\\partial z}{\\partial \\sigma} = \\varepsilon",
        ),
    },
    Step {
        text: Text::new(
            "Two unbiased estimates of the gradient from $n$ draws: pathwise (left: differentiate through $z = \\mu + \\sigma\\varepsilon$; it needs $f'$) and the score function (right: $\\partial_\\mu \\log \\mathcal{N}(z; \\mu, \\sigma^2) = (z - \\mu)/\\sigma^2$; no $f'$, but $f$ itself is weighted by noise). Subtracting from $f$ a baseline $b$ that does not depend on the draw keeps the score estimate unbiased, since $\\mathbb{E}[\\varepsilon] = 0$. Whether it shrinks the spread depends on $b$: per draw the variance is $\\mathbb{E}\\big[(f(z) - b)^2 \\varepsilon^2\\big]/\\sigma^2$ minus the squared gradient, smallest at $b^* = \\mathbb{E}\\big[f(z)\\,\\varepsilon^2\\big]$ and larger by $(b - b^*)^2/\\sigma^2$ elsewhere, so any $b$ with $|b - b^*| > |b^*|$ spreads more than no baseline at all. The mean of $f$ is the common choice and usually a good one (for $f = (z - c)^2$ it is $(\\mu - c)^2 + \\sigma^2$ against $b^* = (\\mu - c)^2 + 3\\sigma^2$); the demo subtracts the mean of $f$ over the other draws of the batch. It measures all of them, and finite differences, against the exact value.",
            "Две несмещённые оценки градиента по $n$ случайным значениям $z$: «по пути» (слева: дифференцируем через $z = \\mu + \\sigma\\varepsilon$; нужна $f'$) и через функцию вклада (справа: $\\partial_\\mu \\log \\mathcal{N}(z; \\mu, \\sigma^2) = (z - \\mu)/\\sigma^2$; $f'$ не нужна, но сама $f$ умножается на шум). Если вычесть из $f$ базовое значение $b$, не зависящее от данного значения $z$, оценка останется несмещённой, так как $\\mathbb{E}[\\varepsilon] = 0$. Уменьшится ли разброс, зависит от $b$: дисперсия одного слагаемого равна $\\mathbb{E}\\big[(f(z) - b)^2 \\varepsilon^2\\big]/\\sigma^2$ минус квадрат градиента; она минимальна при $b^* = \\mathbb{E}\\big[f(z)\\,\\varepsilon^2\\big]$ и при любом другом $b$ больше минимума на $(b - b^*)^2/\\sigma^2$. Поэтому при $|b - b^*| > |b^*|$ разброс больше, чем без базового значения вовсе. Чаще всего берут среднее $f$, и это, как правило, удачный выбор (для $f = (z - c)^2$ оно равно $(\\mu - c)^2 + \\sigma^2$, а $b^* = (\\mu - c)^2 + 3\\sigma^2$); в демонстрации вычитается среднее $f$ по остальным значениям батча. Демонстрация сравнивает все оценки и конечные разности с точным значением.",
        ),
        tex: Some(
            "\\frac{\\partial}{\\partial \\mu} \\mathbb{E}\\big[f(\\mu + \\sigma\\varepsilon)\\big] = \\mathbb{E}\\big[f'(\\mu + \\sigma\\varepsilon)\\big] \\qquad \\frac{\\partial}{\\partial \\mu} \\mathbb{E}\\big[f(z)\\big] = \\mathbb{E}\\Big[f(z)\\,\\frac{z - \\mu}{\\sigma^2}\\Big]",
        ),
    },
    Step {
        text: Text::new(
            "At generation time there is no $x$, hence no $\\mu(x)$, $\\sigma(x)$: $z$ is drawn from the prior $\\mathcal{N}(0, I)$ and only the decoder is used. (The seminar writes $z \\sim \\mathcal{N}(\\mu, \\sigma^2)$ here; that is the encoder's distribution in training.) The KL term is what makes this work: it pulls every $q(z|x)$ towards $\\mathcal{N}(0, I)$, so draws from the prior land where the decoder was trained. Source: D. P. Kingma, M. Welling, “Auto-encoding variational Bayes”, 2013.",
            "При генерации нет $x$, а значит, нет и $\\mu(x)$, $\\sigma(x)$: $z$ берётся из априорного распределения $\\mathcal{N}(0, I)$, и используется только декодер. (В семинаре здесь написано $z \\sim \\mathcal{N}(\\mu, \\sigma^2)$ — это распределение энкодера при обучении.) Работает это благодаря слагаемому KL: оно притягивает каждое $q(z|x)$ к $\\mathcal{N}(0, I)$, и значения $z$ из априорного распределения попадают туда, где декодер обучался. Источник: статья D. P. Kingma и M. Welling 2013 года, в которой предложен вариационный автоэнкодер.",
        ),
        tex: Some("z \\sim \\mathcal{N}(0, I),\\quad \\tilde{x} = \\mathrm{Dec}(z)"),
    },
];

/// Scheme heading.
pub const SCHEME: Text = Text::new("The scheme", "Схема");
/// The trick toggle.
pub const TRICK: Text = Text::new(
    "Reparametrization trick: z = μ + σ·ε",
    "Репараметризационный трюк: z = μ + σ·ε",
);
/// Scheme node.
pub const ENCODER: Text = Text::new("Encoder", "Энкодер");
/// Scheme node.
pub const DECODER: Text = Text::new("Decoder", "Декодер");
/// Scheme loss box.
pub const RECON: Text = Text::new("reconstruction", "реконструкция");
/// Scheme mark where backpropagation stops.
pub const BLOCKED: Text = Text::new("backprop stops at z", "градиент не проходит через z");
/// The scheme without the trick, for screen readers.
pub const SCHEME_OFF: Text = Text::new(
    "VAE scheme without the trick: x goes to the encoder, which outputs μ and σ; z is sampled from N(μ, σ²) (red: no backpropagation through this node); the decoder maps z to x̂. Two loss terms (blue): reconstruction −log p(x|z) from x and x̂, and KL(q(z|x) ‖ N(0, I)) from μ and σ. The reconstruction gradient reaches the decoder and stops at z; the KL gradient reaches μ, σ and the encoder.",
    "Схема VAE без трюка: x подаётся в энкодер, который выдаёт μ и σ; z выбирается случайно из N(μ, σ²) (красный: через этот узел обратное распространение ошибки не проходит); декодер переводит z в x̂. Два слагаемых функции потерь (синие): реконструкция −log p(x|z) по x и x̂ и KL(q(z|x) ‖ N(0, I)) по μ и σ. Градиент реконструкции доходит до декодера и останавливается на z; градиент KL доходит до μ, σ и энкодера.",
);
/// The scheme with the trick, for screen readers.
pub const SCHEME_ON: Text = Text::new(
    "VAE scheme with the reparametrization trick: x goes to the encoder, which outputs μ and σ; ε is drawn from N(0, 1) aside (grey: needs no gradient) and z = μ + σ·ε is computed; the decoder maps z to x̂. Two loss terms (blue): reconstruction −log p(x|z) and KL(q(z|x) ‖ N(0, I)). The reconstruction gradient passes through the decoder, z, μ and σ to the encoder; the KL gradient reaches μ, σ and the encoder.",
    "Схема VAE с репараметризационным трюком: x подаётся в энкодер, который выдаёт μ и σ; ε выбирается случайно из N(0, 1) отдельно (серый: градиент по нему не нужен), и вычисляется z = μ + σ·ε; декодер переводит z в x̂. Два слагаемых функции потерь (синие): реконструкция −log p(x|z) и KL(q(z|x) ‖ N(0, I)). Градиент реконструкции проходит через декодер, z, μ и σ в энкодер; градиент KL доходит до μ, σ и энкодера.",
);
/// Scheme caption.
pub const SCHEME_CAPTION: Text = Text::new(
    "As on the seminar's slide: red marks where backpropagation cannot pass (only without the trick: the red node z ~ N(μ, σ²), the red ✕ and its note), blue the two loss terms. Solid grey arrows: the forward pass; dashed arrows: gradients of the reconstruction term (orange) and of the KL term (purple; KL is in closed form, so its gradient reaches μ and σ with or without the trick). With the trick, ε ~ N(0, 1) sits in a grey box with a dashed outline: it needs no gradient. The thin dashed frame groups μ and σ, the encoder's outputs. The boxes the current derivation step talks about get a thick orange outline, and its arrows get thicker. After D. P. Kingma and M. Welling, 2013.",
    "Как на слайде семинара: красным отмечено место, где обратное распространение ошибки не проходит (только без трюка: красный узел z ~ N(μ, σ²), красный ✕ и надпись рядом), синим — два слагаемых функции потерь. Сплошные серые стрелки — прямой проход; пунктирные стрелки — градиенты ошибки реконструкции (оранжевые) и слагаемого KL (фиолетовые: KL выписано явно, и его градиент доходит до μ и σ с трюком и без него). С трюком ε ~ N(0, 1) стоит в сером блоке с пунктирной рамкой: градиент по нему не нужен. Тонкая пунктирная рамка объединяет μ и σ — выходы энкодера. Блоки, о которых говорит текущий шаг вывода, обведены толстой оранжевой линией, а его стрелки становятся толще. По статье D. P. Kingma и M. Welling 2013 года.",
);
/// Generation heading.
pub const GENERATION: Text = Text::new("Generation", "Генерация");
/// Generation figure, for screen readers.
pub const GENERATION_ALT: Text = Text::new(
    "Generation: z is drawn from the prior N(0, I) and the decoder maps it to a new x; the encoder is not used.",
    "Генерация: z берётся из априорного N(0, I), декодер переводит его в новый x; энкодер не используется.",
);
/// Generation remark.
pub const GENERATION_NOTE: Text = Text::new(
    "No x, no encoder: z ~ N(0, I), not N(μ, σ²) as the seminar's slide says.",
    "Нет x — нет и энкодера: z ~ N(0, I), а не N(μ, σ²), как написано на слайде семинара.",
);
/// Demo heading.
pub const DEMO: Text = Text::new(
    "Gradient estimators: d/dμ E[f(z)], z ~ N(μ, σ²)",
    "Оценки градиента: d/dμ E[f(z)], z ~ N(μ, σ²)",
);
/// Demo hint.
pub const DEMO_HINT: Text = Text::new(
    "One batch of n draws z = μ + σε (the first of 200 repeats), and each estimator's mean and spread over 200 repeats drawn from the same seed; every estimator sees the same draws. All in double precision.",
    "Один батч из n значений z = μ + σε (первый из 200 повторов), а также среднее и разброс каждой оценки по 200 повторам, полученным из того же зерна; все оценки используют одни и те же значения. Все вычисления — с двойной точностью.",
);
/// Function picker.
pub const FUNCTION: Text = Text::new("test function f", "функция f");
/// Slider label.
pub const MEAN: Text = Text::new("mean μ", "среднее μ");
/// Slider label.
pub const SPREAD: Text = Text::new("spread σ", "разброс σ");
/// Slider label.
pub const CENTRE: Text = Text::new("centre c of (z − c)²", "центр c в (z − c)²");
/// Field label.
pub const SAMPLES: Text = Text::new("draws per batch n", "значений в батче n");
/// Button.
pub const RESAMPLE: Text = Text::new("Draw again (new seed)", "Новая выборка (новое зерно)");
/// Readout label.
pub const SEED: Text = Text::new("seed", "зерно");
/// Table header.
pub const ESTIMATOR: Text = Text::new("estimator", "оценка");
/// Table header.
pub const ONE_BATCH: Text = Text::new("one batch", "один батч");
/// Table header.
pub const MEAN_200: Text = Text::new("mean of 200", "среднее по 200");
/// Table header.
pub const STD_200: Text = Text::new("spread (std) of 200", "разброс (ст. откл.) по 200");
/// Table row.
pub const EXACT: Text = Text::new("exact (closed form)", "точно (формула)");
/// Table row.
pub const PATHWISE: Text = Text::new(
    "pathwise (trick): mean f′(μ + σε)",
    "по пути (трюк): среднее f′(μ + σε)",
);
/// Table row.
pub const SCORE: Text = Text::new(
    "score function: mean f(z)·ε/σ",
    "функция вклада: среднее f(z)·ε/σ",
);
/// Table row.
pub const SCORE_BASELINE: Text = Text::new(
    "score function minus a baseline: mean (f(z) − f̄)·ε/σ, f̄ the mean of f over the other draws",
    "функция вклада с базовым значением: среднее (f(z) − f̄)·ε/σ, f̄ — среднее f по остальным значениям",
);
/// Table row.
pub const FD: Text = Text::new(
    "finite differences, h = 10⁻³",
    "конечные разности, h = 10⁻³",
);
/// Readout label.
pub const KL_PRIOR: Text = Text::new("KL(N(μ, σ²) ‖ N(0, 1)) =", "KL(N(μ, σ²) ‖ N(0, 1)) =");

#[cfg(test)]
mod tests {
    use super::super::exercises::EXERCISES;
    use super::*;
    use crate::exercise::Kind;

    #[test]
    fn every_word_is_in_the_page_language() {
        let mut texts = vec![
            TITLE,
            SUMMARY,
            LEAD,
            SCHEME,
            TRICK,
            ENCODER,
            DECODER,
            RECON,
            BLOCKED,
            SCHEME_OFF,
            SCHEME_ON,
            SCHEME_CAPTION,
            GENERATION,
            GENERATION_ALT,
            GENERATION_NOTE,
            DEMO,
            DEMO_HINT,
            FUNCTION,
            MEAN,
            SPREAD,
            CENTRE,
            SAMPLES,
            RESAMPLE,
            SEED,
            ESTIMATOR,
            ONE_BATCH,
            MEAN_200,
            STD_200,
            EXACT,
            PATHWISE,
            SCORE,
            SCORE_BASELINE,
            FD,
            KL_PRIOR,
        ];
        for s in &STEPS {
            texts.push(s.text);
            // A displayed formula is shared by both languages: its words must do for both.
            if let Some(tex) = s.tex {
                let wrapped: &'static str = Box::leak(format!("${tex}$").into_boxed_str());
                texts.push(Text::new(wrapped, wrapped));
            }
        }
        for e in &EXERCISES {
            texts.extend([e.prompt, e.hint, e.solution]);
            if let Kind::Choice { options, .. } = e.kind {
                texts.extend(options);
            }
        }
        for t in &texts {
            for bad in [
                "backprop",
                "seed",
                "f64",
                "функция счёта",
                "функцию счёта",
                "функции счёта",
                "сэмпл",
                "пачк",
                "дивергенц",
                "потери =",
            ] {
                assert!(!t.ru.contains(bad), "{bad}: {}", t.ru);
            }
        }
        // The score function is spelled out where the contents and the derivation first name it.
        for first in [SUMMARY, STEPS[3].text] {
            assert!(
                first.ru.contains("функци") && first.ru.contains("(градиент логарифма плотности)"),
                "{}",
                first.ru
            );
        }
    }
}
