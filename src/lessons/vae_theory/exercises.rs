//! The lesson's exercises, and the live check of its construction exercise.

use leptos::prelude::*;

use crate::exercise::{Exercise, Kind};
use crate::i18n::Text;

use super::state::State;

/// The lesson's exercises.
pub static EXERCISES: [Exercise; 5] = [
    Exercise {
        id: "grad-value",
        prompt: Text::new(
            "For $z \\sim \\mathcal{N}(\\mu, \\sigma^2)$ with $\\mu = 0.5$, $\\sigma = 1$, compute $\\frac{\\partial}{\\partial \\mu}\\mathbb{E}\\big[(z - 1)^2\\big]$.",
            "Для $z \\sim \\mathcal{N}(\\mu, \\sigma^2)$ с $\\mu = 0{,}5$, $\\sigma = 1$ найдите $\\frac{\\partial}{\\partial \\mu}\\mathbb{E}\\big[(z - 1)^2\\big]$.",
        ),
        kind: Kind::Number {
            answer: -1.0,
            tol: 1e-3,
        },
        hint: Text::new(
            "$\\mathbb{E}\\big[(z - c)^2\\big] = (\\mu - c)^2 + \\sigma^2$.",
            "$\\mathbb{E}\\big[(z - c)^2\\big] = (\\mu - c)^2 + \\sigma^2$.",
        ),
        solution: Text::new(
            "$2(\\mu - c) = 2(0.5 - 1) = -1$ exactly; these are the demo's defaults, so it is the “exact” row. Pathwise: $\\mathbb{E}[2(z - 1)] = -1$ too.",
            "$2(\\mu - c) = 2(0{,}5 - 1) = -1$ точно; это значения демонстрации по умолчанию, так что ответ стоит в строке «точно». По пути: $\\mathbb{E}[2(z - 1)] = -1$ тоже.",
        ),
    },
    Exercise {
        id: "lowest-spread",
        prompt: Text::new(
            "For $f(z) = (z - c)^2$, which estimators have the smallest spread over repeated batches (same draws for all)?",
            "У каких оценок для $f(z) = (z - c)^2$ наименьший разброс по повторам (значения $z$ у всех одни и те же)?",
        ),
        kind: Kind::Choice {
            options: &[
                Text::new("pathwise (the trick)", "по пути (трюк)"),
                Text::new("score function", "через функцию вклада"),
                Text::new(
                    "score function with the mean of $f$ as baseline",
                    "через функцию вклада со средним $f$ в качестве базового значения",
                ),
                Text::new(
                    "central finite differences",
                    "центральные конечные разности",
                ),
            ],
            correct: &[0, 3],
        },
        hint: Text::new(
            "What is $\\big[f(z + h) - f(z - h)\\big] / 2h$ for a quadratic $f$? Compare the spread column.",
            "Чему равно $\\big[f(z + h) - f(z - h)\\big] / 2h$ для квадратичной $f$? Сравните столбец разброса.",
        ),
        solution: Text::new(
            "Pathwise and finite differences, equally: for a quadratic the central difference is $f'(z)$ exactly, draw by draw, so both spread as $2\\sigma/\\sqrt{n}$ (per-draw variance $4\\sigma^2$). The score terms $f(z)\\,\\varepsilon/\\sigma$ weight $f$ itself by noise: per draw the variance is $(\\mu - c)^4/\\sigma^2 + 14(\\mu - c)^2 + 15\\sigma^2$. Subtracting the mean of $f$ brings it down to $8(\\mu - c)^2 + 10\\sigma^2$ (the best constant baseline to $8(\\mu - c)^2 + 6\\sigma^2$), still above $4\\sigma^2$.",
            "По пути и конечные разности, одинаково: для квадратичной функции центральная разность равна $f'(z)$ точно, для каждого значения $z$, и разброс обеих равен $2\\sigma/\\sqrt{n}$ (дисперсия одного слагаемого $4\\sigma^2$). Слагаемые $f(z)\\,\\varepsilon/\\sigma$ оценки через функцию вклада умножают саму $f$ на шум: дисперсия одного слагаемого равна $(\\mu - c)^4/\\sigma^2 + 14(\\mu - c)^2 + 15\\sigma^2$. Вычитание среднего $f$ снижает её до $8(\\mu - c)^2 + 10\\sigma^2$ (лучшее постоянное базовое значение — до $8(\\mu - c)^2 + 6\\sigma^2$), но это всё ещё больше $4\\sigma^2$.",
        ),
    },
    Exercise {
        id: "generation-prior",
        prompt: Text::new(
            "When a trained VAE generates a new object, $z$ is drawn from …",
            "Когда обученный VAE порождает новый объект, $z$ берётся из …",
        ),
        kind: Kind::Choice {
            options: &[
                Text::new(
                    "$\\mathcal{N}(\\mu, \\sigma^2)$ with the encoder's $\\mu, \\sigma$",
                    "$\\mathcal{N}(\\mu, \\sigma^2)$ с $\\mu, \\sigma$ энкодера",
                ),
                Text::new(
                    "the prior $\\mathcal{N}(0, I)$",
                    "априорного $\\mathcal{N}(0, I)$",
                ),
                Text::new(
                    "$\\mathcal{N}(0, I)$, then passed through the encoder and the decoder",
                    "$\\mathcal{N}(0, I)$, а затем проходит через энкодер и декодер",
                ),
            ],
            correct: &[1],
        },
        hint: Text::new(
            "What would the encoder need as its input?",
            "Что энкодеру нужно на вход?",
        ),
        solution: Text::new(
            "The prior $\\mathcal{N}(0, I)$, and only the decoder runs. $\\mu, \\sigma$ are the encoder's outputs for a given $x$, and generation has no $x$ (the seminar's slide says $\\mathcal{N}(\\mu, \\sigma^2)$: a slip).",
            "Из априорного $\\mathcal{N}(0, I)$, и работает только декодер. $\\mu, \\sigma$ — выходы энкодера для данного $x$, а при генерации $x$ нет (на слайде семинара $\\mathcal{N}(\\mu, \\sigma^2)$ — описка).",
        ),
    },
    Exercise {
        id: "noisy-score",
        prompt: Text::new(
            "With $f(z) = (z - c)^2$, set $\\mu$, $\\sigma$ and $c$ so that the score function's spread is at least 10 times the pathwise spread, then press Check.",
            "При $f(z) = (z - c)^2$ подберите $\\mu$, $\\sigma$ и $c$ так, чтобы разброс оценки через функцию вклада был хотя бы в 10 раз больше разброса оценки по пути, и нажмите «Проверить».",
        ),
        kind: Kind::Construction,
        hint: Text::new(
            "The pathwise spread is $2\\sigma/\\sqrt{n}$ whatever $\\mu$ and $c$. The score estimate multiplies $f(z)$ itself by noise: make $f$ large where the draws fall.",
            "Разброс оценки по пути равен $2\\sigma/\\sqrt{n}$ при любых $\\mu$ и $c$. Оценка через функцию вклада умножает на шум саму $f(z)$: сделайте $f$ большой там, куда попадают значения $z$.",
        ),
        solution: Text::new(
            "Move $\\mu$ far from $c$, e.g. $\\mu = 3$, $c = -3$, $\\sigma = 1$: the score terms $(6 + \\varepsilon)^2 \\varepsilon$ have a spread of about 43 per draw against 2 for the pathwise $2(6 + \\varepsilon)$, some 21 times more.",
            "Отведите $\\mu$ далеко от $c$, например $\\mu = 3$, $c = -3$, $\\sigma = 1$: у слагаемых $(6 + \\varepsilon)^2 \\varepsilon$ разброс около 43 на одно значение против 2 у оценки по пути $2(6 + \\varepsilon)$, примерно в 21 раз больше.",
        ),
    },
    Exercise {
        id: "baseline",
        prompt: Text::new(
            "For $f(z) = (z - c)^2$ with $\\mu = 0.5$, $\\sigma = 1$, $c = 1$ (the demo's defaults), the score estimate subtracts a constant baseline $b$ from $f$. For which $b$ is its spread larger than with no baseline ($b = 0$)?",
            "Для $f(z) = (z - c)^2$ при $\\mu = 0{,}5$, $\\sigma = 1$, $c = 1$ (значения демонстрации по умолчанию) оценка через функцию вклада вычитает из $f$ постоянное базовое значение $b$. При каких $b$ её разброс больше, чем без базового значения ($b = 0$)?",
        ),
        kind: Kind::Choice {
            options: &[
                Text::new("$b = 1.25$, the mean of $f$", "$b = 1{,}25$ — среднее $f$"),
                Text::new("$b = 3.25$", "$b = 3{,}25$"),
                Text::new("$b = 6$", "$b = 6$"),
                Text::new("$b = 10$", "$b = 10$"),
                Text::new("$b = -2$", "$b = -2$"),
            ],
            correct: &[3, 4],
        },
        hint: Text::new(
            "Per draw the variance is $\\mathbb{E}\\big[(f - b)^2 \\varepsilon^2\\big]/\\sigma^2$ minus the squared gradient: its least value plus $(b - b^*)^2/\\sigma^2$, where $b^* = \\mathbb{E}\\big[f\\,\\varepsilon^2\\big]$. Write $f = (a + \\sigma\\varepsilon)^2$ with $a = \\mu - c$, and use $\\mathbb{E}\\varepsilon^2 = 1$, $\\mathbb{E}\\varepsilon^4 = 3$.",
            "Дисперсия одного слагаемого равна $\\mathbb{E}\\big[(f - b)^2 \\varepsilon^2\\big]/\\sigma^2$ минус квадрат градиента, то есть её наименьшему значению плюс $(b - b^*)^2/\\sigma^2$, где $b^* = \\mathbb{E}\\big[f\\,\\varepsilon^2\\big]$. Запишите $f = (a + \\sigma\\varepsilon)^2$, где $a = \\mu - c$, и воспользуйтесь тем, что $\\mathbb{E}\\varepsilon^2 = 1$, $\\mathbb{E}\\varepsilon^4 = 3$.",
        ),
        solution: Text::new(
            "$b^* = \\mathbb{E}\\big[(a + \\sigma\\varepsilon)^2 \\varepsilon^2\\big] = a^2 + 3\\sigma^2 = 3.25$. A baseline spreads more than none when $|b - 3.25| > 3.25$, that is outside $[0, 6.5]$: $b = 10$ and $b = -2$. Per draw the variances are $18.6$ with no baseline, $12$ for the mean of $f$, $8$ for $3.25$ (the best constant), $15.6$ for $6$, $53.6$ for $10$ and $35.6$ for $-2$. A baseline does not shrink the spread by itself: only a suitable one does.",
            "$b^* = \\mathbb{E}\\big[(a + \\sigma\\varepsilon)^2 \\varepsilon^2\\big] = a^2 + 3\\sigma^2 = 3{,}25$. Базовое значение увеличивает разброс, когда $|b - 3{,}25| > 3{,}25$, то есть вне отрезка $[0; 6{,}5]$: это $b = 10$ и $b = -2$. Дисперсии одного слагаемого: $18{,}6$ без базового значения, $12$ для среднего $f$, $8$ для $3{,}25$ (лучшая постоянная), $15{,}6$ для $6$, $53{,}6$ для $10$ и $35{,}6$ для $-2$. Само по себе базовое значение разброс не уменьшает: уменьшает только подходящее.",
        ),
    },
];

/// `noisy-score`: with f = (z − c)², the score function spreads at least 10 times as much as the
/// pathwise estimate.
pub fn noisy_score(s: State) -> Signal<bool> {
    let (live, values) = (s.live, s.values);
    Signal::derive(move || {
        !live.with(|p| p.sin) && values.with(|d| d.score.std >= 10.0 * d.pathwise.std)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Rng;
    use crate::math::vae::{TestFn, standard_normals};

    #[test]
    fn exercises_are_valid() {
        assert_eq!(crate::exercise::validate(&EXERCISES), Ok(()));
    }

    /// Per-draw variance of the score terms (f(z) − b)·ε/σ for z = μ + σε, by a large sample.
    fn score_variance(f: TestFn, mu: f64, sigma: f64, b: f64, eps: &[f64]) -> f64 {
        let terms: Vec<f64> = eps
            .iter()
            .map(|&e| (f.value(mu + sigma * e) - b) * e / sigma)
            .collect();
        let m = terms.iter().sum::<f64>() / terms.len() as f64;
        terms.iter().map(|t| (t - m) * (t - m)).sum::<f64>() / terms.len() as f64
    }

    /// The baseline exercise and step 6: the variance is least at b* = E[f ε²] and grows by
    /// (b − b*)²/σ², so a baseline far from b* spreads more than none; and the variances the
    /// `lowest-spread` solution quotes.
    #[test]
    fn a_baseline_helps_only_near_its_optimum() {
        let eps = standard_normals(&mut Rng::new(17), 2_000_000);
        let (mu, sigma, c) = (0.5, 1.0, 1.0);
        let f = TestFn::Square { c };
        let a: f64 = mu - c;
        let best = a * a + 3.0 * sigma * sigma;
        let closed =
            |b: f64| 8.0 * a * a + 6.0 * sigma * sigma + (b - best).powi(2) / (sigma * sigma);
        let none = score_variance(f, mu, sigma, 0.0, &eps);
        assert!(
            (none / closed(0.0) - 1.0).abs() < 0.03,
            "{none} vs {}",
            closed(0.0)
        );
        assert!(
            (closed(0.0) - (a.powi(4) / sigma.powi(2) + 14.0 * a * a + 15.0 * sigma * sigma)).abs()
                < 1e-12
        );
        let Kind::Choice { options, correct } = EXERCISES[4].kind else {
            panic!("the baseline exercise is a choice")
        };
        let bs = [1.25, 3.25, 6.0, 10.0, -2.0];
        assert_eq!(options.len(), bs.len());
        let worse: Vec<usize> = bs
            .iter()
            .enumerate()
            .filter(|&(_, &b)| {
                let v = score_variance(f, mu, sigma, b, &eps);
                assert!(
                    (v / closed(b) - 1.0).abs() < 0.03,
                    "b = {b}: {v} vs {}",
                    closed(b)
                );
                v > none
            })
            .map(|(i, _)| i)
            .collect();
        assert_eq!(worse, correct, "the baselines that widen the spread");
        assert_eq!(f.expectation(mu, sigma), 1.25, "option 0 is the mean of f");
        // The lowest-spread solution: the mean of f as baseline leaves 8a² + 10σ² per draw.
        let (mu, sigma, c) = (2.0, 1.3, -1.0);
        let f = TestFn::Square { c };
        let a: f64 = mu - c;
        let v = score_variance(f, mu, sigma, f.expectation(mu, sigma), &eps);
        let want = 8.0 * a * a + 10.0 * sigma * sigma;
        assert!((v / want - 1.0).abs() < 0.03, "{v} vs {want}");
    }
}
