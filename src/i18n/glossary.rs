//! The glossary: the seminar's Russian terms beside the English ones used in the app.

use super::Text;

/// One glossary entry.
#[derive(Clone, Copy, Debug)]
pub struct Term {
    /// The term as the seminar writes it.
    pub ru: &'static str,
    /// The usual English term.
    pub en: &'static str,
    /// A one-line gloss, in both languages.
    pub note: Text,
}

const fn term(
    ru: &'static str,
    en: &'static str,
    note_en: &'static str,
    note_ru: &'static str,
) -> Term {
    Term {
        ru,
        en,
        note: Text::new(note_en, note_ru),
    }
}

/// The glossary, in the order the terms first appear in the seminar.
pub const GLOSSARY: &[Term] = &[
    term(
        "распределение",
        "probability distribution",
        "p = (p₁, …, pₙ) with pᵢ ≥ 0 and Σ pᵢ = 1.",
        "p = (p₁, …, pₙ), pᵢ ≥ 0, Σ pᵢ = 1.",
    ),
    term(
        "энтропия",
        "entropy",
        "H(p) = −Σ pᵢ log pᵢ: the average surprise of an outcome.",
        "H(p) = −Σ pᵢ log pᵢ: средняя «неожиданность» исхода.",
    ),
    term(
        "унитарное кодирование",
        "one-hot encoding",
        "A class as a vector with a single 1.",
        "Класс как вектор с единственной единицей.",
    ),
    term(
        "правило Лопиталя",
        "L'Hôpital's rule",
        "A limit of f/g of the form ∞/∞ or 0/0 equals the limit of f′/g′, when that limit exists.",
        "Предел f/g вида ∞/∞ или 0/0 равен пределу f′/g′, если тот существует.",
    ),
    term(
        "неравенство Гиббса",
        "Gibbs' inequality",
        "Σ pᵢ log pᵢ ≥ Σ pᵢ log qᵢ, with equality only for p = q.",
        "Σ pᵢ log pᵢ ≥ Σ pᵢ log qᵢ, равенство только при p = q.",
    ),
    term(
        "функция близости",
        "divergence",
        "D(P‖Q) ≥ 0, and = 0 exactly when P = Q; need not be symmetric.",
        "D(P‖Q) ≥ 0, и = 0 ровно при P = Q; симметричной быть не обязана.",
    ),
    term(
        "функция близости Кульбака–Лейблера",
        "Kullback–Leibler divergence",
        "D_KL(P‖Q) = Σ p log(p/q).",
        "D_KL(P‖Q) = Σ p log(p/q).",
    ),
    term(
        "функция близости Йенсена–Шеннона",
        "Jensen–Shannon divergence",
        "The mean KL of P and Q to their mixture M = (P + Q)/2.",
        "Среднее KL от P и Q до их смеси M = (P + Q)/2.",
    ),
    term(
        "метрика",
        "metric",
        "A distance: zero exactly on equal points, symmetric, triangle inequality.",
        "Расстояние: ноль ровно на равных точках, симметрия, неравенство треугольника.",
    ),
    term(
        "неравенство треугольника",
        "triangle inequality",
        "d(x, z) ≤ d(x, y) + d(y, z).",
        "d(x, z) ≤ d(x, y) + d(y, z).",
    ),
    term(
        "генеративная состязательная сеть",
        "generative adversarial network (GAN)",
        "A generator and a discriminator trained against each other.",
        "Генератор и дискриминатор, обучаемые друг против друга.",
    ),
    term(
        "генератор",
        "generator",
        "G maps noise z to samples G(z) with distribution p_g.",
        "G переводит шум z в образцы G(z) с распределением p_g.",
    ),
    term(
        "дискриминатор",
        "discriminator",
        "D(x): the probability that x came from the data.",
        "D(x): вероятность того, что x взят из данных.",
    ),
    term(
        "функция потерь",
        "loss function",
        "The quantity training minimises.",
        "Величина, которую минимизирует обучение.",
    ),
    term(
        "оптимальный дискриминатор",
        "optimal discriminator",
        "D* = p_data / (p_data + p_g).",
        "D* = p_data / (p_data + p_g).",
    ),
    term(
        "условная состязательная генеративная сеть",
        "conditional GAN (cGAN)",
        "A GAN whose G and D also see a label y.",
        "GAN, в котором G и D получают ещё и метку y.",
    ),
    term(
        "вариационный автоэнкодер",
        "variational autoencoder (VAE)",
        "An encoder to a latent distribution and a decoder back.",
        "Энкодер в латентное распределение и декодер обратно.",
    ),
    term(
        "энкодер",
        "encoder",
        "Enc(x) gives the parameters (μ, σ) of q(z|x).",
        "Enc(x) выдаёт параметры (μ, σ) распределения q(z|x).",
    ),
    term(
        "декодер",
        "decoder",
        "Dec(z) maps a latent code back to data space.",
        "Dec(z) переводит латентный код обратно в пространство данных.",
    ),
    term(
        "обратное распространение ошибки",
        "backpropagation",
        "Gradients flowing back through the network.",
        "Градиенты, идущие по сети в обратном направлении.",
    ),
    term(
        "гауссиана",
        "Gaussian (normal density)",
        "N(μ; σ²): the bell curve with mean μ and spread σ.",
        "N(μ; σ²): колоколообразная плотность со средним μ и разбросом σ.",
    ),
    term(
        "батч",
        "batch",
        "The samples one training step averages its loss over.",
        "Примеры, по которым усредняются потери на одном шаге обучения.",
    ),
    term(
        "скорость обучения",
        "learning rate",
        "The step size of gradient descent (not iterations per second: that is the speed).",
        "Размер шага градиентного спуска (не число итераций в секунду: это темп).",
    ),
    term(
        "зерно",
        "seed",
        "The number the random draws start from: the same seed gives the same run.",
        "Число, с которого начинаются случайные числа: то же зерно даёт тот же запуск.",
    ),
    term(
        "ядерная оценка плотности",
        "kernel density estimate (KDE)",
        "A density from samples: a small bump around each sample, averaged.",
        "Плотность по выборке: среднее небольших «горбов» вокруг каждой точки.",
    ),
    term(
        "коллапс мод",
        "mode collapse",
        "G covers only some modes of p_data.",
        "G покрывает лишь часть мод p_data.",
    ),
    term(
        "функция вклада",
        "score function",
        "∇_θ log p_θ(z): the gradient of the log-density.",
        "∇_θ log p_θ(z): градиент логарифма плотности.",
    ),
    term(
        "коллапс апостериорного распределения",
        "posterior collapse",
        "q(z|x) equals the prior for every x: the decoder ignores z.",
        "q(z|x) совпадает с априорным для любого x: декодер не использует z.",
    ),
    term(
        "репараметризационный трюк",
        "reparametrization trick",
        "z = μ + σ·ε with ε ~ N(0, 1): gradients reach μ and σ.",
        "z = μ + σ·ε, ε ~ N(0, 1): градиенты доходят до μ и σ.",
    ),
];
