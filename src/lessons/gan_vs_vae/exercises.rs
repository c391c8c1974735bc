//! The GAN-vs-VAE lab's exercises: the price of a missing mode in JS (a number), and what a
//! missing mode does to the VAE's objective (a choice).
// The lesson bundle only lists the lab; the exercises are the lab bundle's (and the tests').
#![cfg_attr(not(feature = "labs"), allow(dead_code))]

use crate::exercise::{Exercise, Kind};
use crate::i18n::Text;

/// The lab's exercises.
pub static EXERCISES: [Exercise; 2] = [
    Exercise {
        id: "missing-mode",
        prompt: Text::new(
            "A generator covers seven of eight equally weighted modes and puts no mass on the eighth ($w = \\tfrac18$). How much does the region of the missing mode add to $D_{JS}(p_{data} \\| p_g)$, in nats?",
            "Генератор покрывает семь из восьми равновесных мод и не даёт массы восьмой ($w = \\tfrac18$). Сколько добавляет к $D_{JS}(p_{data} \\| p_g)$ область пропущенной моды, в натах?",
        ),
        kind: Kind::Number {
            answer: 0.043_321_7,
            tol: 5e-4,
        },
        hint: Text::new(
            "There $p_g = 0$, so $M = \\tfrac12 p_{data}$; only $\\tfrac12 D_{KL}(p_{data} \\| M)$ has a part there.",
            "Там $p_g = 0$, поэтому $M = \\tfrac12 p_{data}$; там есть вклад только у $\\tfrac12 D_{KL}(p_{data} \\| M)$.",
        ),
        solution: Text::new(
            "$\\tfrac12 \\int p_{data} \\log \\frac{p_{data}}{p_{data}/2}\\,dx = \\tfrac12 w \\log 2 = \\tfrac{\\log 2}{16} \\approx 0.0433$ nats over the mode's region: finite, however many data points it holds. (The samples that moved to the other modes cost a little more, but all of JS stays below $\\log 2$.)",
            "$\\tfrac12 \\int p_{data} \\log \\frac{p_{data}}{p_{data}/2}\\,dx = \\tfrac12 w \\log 2 = \\tfrac{\\log 2}{16} \\approx 0{,}0433$ ната по области моды: конечно, сколько бы точек данных в ней ни было. (Образцы, перешедшие в другие моды, стоят ещё немного, но вся JS остаётся меньше $\\log 2$.)",
        ),
    },
    Exercise {
        id: "forward-kl",
        prompt: Text::new(
            "Suppose a VAE's model put (almost) no mass on one mode of the data. What would that do to its objective?",
            "Пусть модель VAE не даёт (почти) никакой массы одной из мод данных. Что станет с её целью?",
        ),
        kind: Kind::Choice {
            options: &[
                Text::new(
                    "$-\\mathbb{E}\\,\\mathrm{ELBO}$ grows without bound: it is at least $H(p_{data}) + D_{KL}(p_{data} \\| p_\\theta)$, and the data points of that mode have $\\log p_\\theta(x) \\to -\\infty$",
                    "$-\\mathbb{E}\\,\\mathrm{ELBO}$ неограниченно растёт: оно не меньше $H(p_{data}) + D_{KL}(p_{data} \\| p_\\theta)$, а у точек этой моды $\\log p_\\theta(x) \\to -\\infty$",
                ),
                Text::new(
                    "it gets worse by at most $\\log 2$, as with JS",
                    "она ухудшится не более чем на $\\log 2$, как с JS",
                ),
                Text::new(
                    "nothing: the ELBO's KL term only concerns the codes $z$",
                    "ничего: слагаемое KL в ELBO касается только кодов $z$",
                ),
            ],
            correct: &[0],
        },
        hint: Text::new(
            "For every data point, $\\mathrm{ELBO}(x) \\le \\log p_\\theta(x)$.",
            "Для каждой точки данных $\\mathrm{ELBO}(x) \\le \\log p_\\theta(x)$.",
        ),
        solution: Text::new(
            "$\\mathbb{E}\\,\\mathrm{ELBO} \\le \\mathbb{E} \\log p_\\theta(x) = -H(p_{data}) - D_{KL}(p_{data} \\| p_\\theta)$, and forward KL is infinite where $p_\\theta = 0 < p_{data}$. That is why the VAE spreads mass over every mode — and, with one $\\sigma_x$, blurs them all.",
            "$\\mathbb{E}\\,\\mathrm{ELBO} \\le \\mathbb{E} \\log p_\\theta(x) = -H(p_{data}) - D_{KL}(p_{data} \\| p_\\theta)$, а прямая KL бесконечна там, где $p_\\theta = 0 < p_{data}$. Поэтому VAE распределяет массу по всем модам — и с одним $\\sigma_x$ размывает их все.",
        ),
    },
];
