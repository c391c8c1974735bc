//! The VAE lab's exercises, RU and EN.

use crate::exercise::{Exercise, Kind};
use crate::i18n::Text;

/// The lab's exercises: the ELBO's ceiling on one Gaussian, and what the trick and β do to
/// the codes.
pub static EXERCISES: [Exercise; 3] = [
    Exercise {
        id: "ceiling",
        prompt: Text::new(
            "Train on one Gaussian $\\mathcal{N}(1, 0.5^2)$ (the preset “one Gaussian: posterior collapse”) until the ELBO levels off. Which value does it approach, in nats? (2 decimal places)",
            "Обучайте на одной гауссиане $\\mathcal{N}(1; 0{,}5^2)$ (пресет «одна гауссиана: коллапс апостериорного распределения»), пока ELBO не выйдет на плато. К какому значению оно стремится в натах? (2 знака после запятой)",
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
            "$-H = -\\tfrac12 \\ln(2\\pi e \\cdot 0.25) \\approx -0.726$ nats. A VAE can reach it exactly, because $\\mathcal{N}(1, 0.5^2)$ is itself a linear Gaussian model: any decoder $\\mathrm{Dec}(z) = 1 + a z$ with $a^2 + \\sigma_x^2 = 0.25$, with the exact posterior as its encoder, has ELBO $= \\log p(x)$ at every $x$. Ignoring $z$ ($a = 0$, $\\sigma_x = 0.5$, $KL = 0$) is one of these optima, the one the lab's runs end near.",
            "$-H = -\\tfrac12 \\ln(2\\pi e \\cdot 0{,}25) \\approx -0{,}726$ ната. VAE может достичь его точно, потому что $\\mathcal{N}(1; 0{,}5^2)$ — сама линейная гауссова модель: у любого декодера $\\mathrm{Dec}(z) = 1 + a z$ с $a^2 + \\sigma_x^2 = 0{,}25$ и точным апостериорным распределением в роли энкодера ELBO $= \\log p(x)$ в каждой точке $x$. Декодер, не использующий $z$ ($a = 0$, $\\sigma_x = 0{,}5$, $KL = 0$), — один из этих оптимумов; к нему и приходят запуски в лаборатории.",
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
            "Градиент какого слагаемого всё ещё доходит до энкодера, если $z$ выбирается случайно с остановленными градиентами?",
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
            "Telling the bumps apart raises $\\mathbb{E} \\log p(x|z)$ by about 1.36 nats (from $-H(\\mathcal{N}(0, 1.55^2)) \\approx -1.86$ to $-H(\\mathcal{N}(0, 0.4^2)) \\approx -0.50$) and needs a KL of at least $\\ln 2 \\approx 0.69$ nats (one bit: which bump). Weighted by β = 3 that bit costs over 2 nats, more than it saves, so of the two solutions (tell the bumps apart or not) the collapsed one has the lower β-weighted loss, and training ends there. The encoder gets its gradients and chooses to ignore $x$.",
            "Различение горбов поднимает $\\mathbb{E} \\log p(x|z)$ примерно на 1,36 ната (с $-H(\\mathcal{N}(0; 1{,}55^2)) \\approx -1{,}86$ до $-H(\\mathcal{N}(0; 0{,}4^2)) \\approx -0{,}50$) и требует KL не меньше $\\ln 2 \\approx 0{,}69$ ната (один бит: какой из горбов). С весом β = 3 этот бит стоит больше 2 нат — дороже, чем он экономит, поэтому из двух решений (различать горбы или нет) функция потерь с β меньше у схлопнутого, к нему обучение и приходит. Энкодер получает градиенты и сам решает не использовать $x$.",
        ),
    },
];
