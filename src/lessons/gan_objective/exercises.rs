//! The GAN objective lesson's exercises (checked by [`crate::exercise`], shown by
//! [`crate::components::Exercises`]).

use crate::exercise::{Exercise, Kind};
use crate::i18n::Text;

/// The lesson's exercises.
pub static EXERCISES: [Exercise; 4] = [
    Exercise {
        id: "constant-half",
        prompt: Text::new(
            "What is $V(D, G)$ in nats for the constant discriminator $D(x) = \\tfrac12$, whatever $p_{data}$ and $p_g$ are? (4 decimals)",
            "Чему равно $V(D, G)$ в натах для постоянного дискриминатора $D(x) = \\tfrac12$ при любых $p_{data}$ и $p_g$? (4 знака после запятой)",
        ),
        kind: Kind::Number {
            answer: -1.386_294_361_119_890_6,
            tol: 5e-4,
        },
        hint: Text::new(
            "Both expectations average a constant: $\\log \\tfrac12$. Set $a = b = 0$ to check.",
            "Оба матожидания усредняют константу $\\log \\tfrac12$. Поставьте $a = b = 0$ и проверьте.",
        ),
        solution: Text::new(
            "$\\log \\tfrac12 + \\log \\tfrac12 = -\\log 4 \\approx -1.3863$ for every $p_g$. It is the same number as the minimum of $C(G)$, reached only at $p_g = p_{data}$ (where $D^* \\equiv \\tfrac12$); but this $D$ is not $D^*$, so here $-\\log 4$ says nothing about $p_g$.",
            "$\\log \\tfrac12 + \\log \\tfrac12 = -\\log 4 \\approx -1{,}3863$ при любом $p_g$. Это то же число, что и минимум $C(G)$, который достигается только при $p_g = p_{data}$ (тогда $D^* \\equiv \\tfrac12$); но этот $D$ — не $D^*$, так что здесь $-\\log 4$ ничего не говорит о $p_g$.",
        ),
    },
    Exercise {
        id: "half-not-sufficient",
        prompt: Text::new(
            "A trained discriminator outputs $D(x) = \\tfrac12$ at every $x$, and $V(D, G) = -\\log 4$. Which conclusions are right?",
            "Обученный дискриминатор выдаёт $D(x) = \\tfrac12$ при всех $x$, и $V(D, G) = -\\log 4$. Какие выводы верны?",
        ),
        kind: Kind::Choice {
            options: &[
                Text::new(
                    "$p_g = p_{data}$: the generator has won",
                    "$p_g = p_{data}$: генератор победил",
                ),
                Text::new(
                    "none about $p_g$ by itself: $D \\equiv \\tfrac12$ gives $V = -\\log 4$ for every $p_g$",
                    "сам по себе никакой вывод о $p_g$ не следует: $D \\equiv \\tfrac12$ даёт $V = -\\log 4$ при любом $p_g$",
                ),
                Text::new(
                    "if this $D$ is the optimal $D^*$ for this $G$, then $p_g = p_{data}$",
                    "если этот $D$ — оптимальный $D^*$ для данного $G$, то $p_g = p_{data}$",
                ),
                Text::new("$C(G) = -\\log 4$", "$C(G) = -\\log 4$"),
            ],
            correct: &[1, 2],
        },
        hint: Text::new(
            "Press “D ≡ ½” with $p_g \\ne p_{data}$ and compare $V(D, G)$ with $V(D^*, G) = C(G)$.",
            "Нажмите «D ≡ ½» при $p_g \\ne p_{data}$ и сравните $V(D, G)$ с $V(D^*, G) = C(G)$.",
        ),
        solution: Text::new(
            "With $D \\equiv \\tfrac12$, $V = \\log \\tfrac12 + \\log \\tfrac12 = -\\log 4$ whatever $p_g$ is: on the defaults $V(D, G) = -1.3863$ while $C(G) \\approx -0.7126$. So $D \\approx \\tfrac12$ everywhere is necessary at the optimum ($p_g = p_{data}$ gives $D^* \\equiv \\tfrac12$) but not sufficient: a discriminator that has learnt nothing says the same. Only if $D = D^*$ does $D^* = p_{data}/(p_{data} + p_g) \\equiv \\tfrac12$ force $p_{data} = p_g$, and only then does $C(G) = -\\log 4$ (the fourth option) follow.",
            "При $D \\equiv \\tfrac12$ имеем $V = \\log \\tfrac12 + \\log \\tfrac12 = -\\log 4$ при любом $p_g$: по умолчанию $V(D, G) = -1{,}3863$, а $C(G) \\approx -0{,}7126$. Поэтому «$D \\approx \\tfrac12$ всюду» — необходимое условие оптимума ($p_g = p_{data}$ даёт $D^* \\equiv \\tfrac12$), но не достаточное: так же отвечает дискриминатор, который ничему не научился. Только если $D = D^*$, равенство $p_{data}/(p_{data} + p_g) \\equiv \\tfrac12$ влечёт $p_{data} = p_g$, и только тогда следует $C(G) = -\\log 4$ (четвёртый вариант).",
        ),
    },
    Exercise {
        id: "reach-dstar",
        prompt: Text::new(
            "Keep $p_{data} = \\mathcal{N}(1, 1)$ and $p_g = \\mathcal{N}(-1, 1)$ (the defaults) and set $a$, $b$ so that $V(D, G)$ is within 0.001 of $V(D^*, G)$. Then press Check.",
            "Оставьте $p_{data} = \\mathcal{N}(1, 1)$ и $p_g = \\mathcal{N}(-1, 1)$ (по умолчанию) и подберите $a$, $b$ так, чтобы $V(D, G)$ отличалось от $V(D^*, G)$ меньше чем на 0,001. Затем нажмите «Проверить».",
        ),
        kind: Kind::Construction,
        hint: Text::new(
            "With equal spreads $\\log\\frac{D^*}{1 - D^*} = \\log p_{data} - \\log p_g$ is linear in $x$.",
            "При равных разбросах $\\log\\frac{D^*}{1 - D^*} = \\log p_{data} - \\log p_g$ линейна по $x$.",
        ),
        solution: Text::new(
            "$\\log p_{data} - \\log p_g = \\frac{(x + 1)^2 - (x - 1)^2}{2} = 2x$, so $a = 2$, $b = 0$ gives $D = D^*$ exactly.",
            "$\\log p_{data} - \\log p_g = \\frac{(x + 1)^2 - (x - 1)^2}{2} = 2x$, поэтому $a = 2$, $b = 0$ дают ровно $D = D^*$.",
        ),
    },
    Exercise {
        id: "why-pg",
        prompt: Text::new(
            "Why may $\\mathbb{E}_{z \\sim p_z} \\log(1 - D(G(z)))$ be written as $\\mathbb{E}_{x \\sim p_g} \\log(1 - D(x))$?",
            "Почему $\\mathbb{E}_{z \\sim p_z} \\log(1 - D(G(z)))$ можно записать как $\\mathbb{E}_{x \\sim p_g} \\log(1 - D(x))$?",
        ),
        kind: Kind::Choice {
            options: &[
                Text::new(
                    "$p_g$ is by definition the distribution of $x = G(z)$, $z \\sim p_z$",
                    "$p_g$ по определению — распределение $x = G(z)$, $z \\sim p_z$",
                ),
                Text::new("$G$ must be invertible", "$G$ должен быть обратимым"),
                Text::new(
                    "$D$ must be the optimal $D^*$",
                    "$D$ должен быть оптимальным $D^*$",
                ),
                Text::new(
                    "it holds for any function $h$: $\\mathbb{E}_z h(G(z)) = \\mathbb{E}_{x \\sim p_g} h(x)$",
                    "это верно для любой функции $h$: $\\mathbb{E}_z h(G(z)) = \\mathbb{E}_{x \\sim p_g} h(x)$",
                ),
            ],
            correct: &[0, 3],
        },
        hint: Text::new(
            "It is a change of variables in the expectation; nothing about $D$ is used.",
            "Это замена переменной в матожидании; никаких свойств $D$ она не использует.",
        ),
        solution: Text::new(
            "The expectation of $h(G(z))$ depends only on the distribution of $G(z)$, which is $p_g$. No invertibility and no optimal $D$ are needed.",
            "Матожидание $h(G(z))$ зависит только от распределения $G(z)$, то есть от $p_g$. Ни обратимость, ни оптимальность $D$ не нужны.",
        ),
    },
];
