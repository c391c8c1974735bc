//! The cGAN objective lesson's exercises (checked by [`crate::exercise`], shown by
//! [`crate::components::Exercises`]).

use crate::exercise::{Exercise, Kind};
use crate::i18n::Text;

/// The lesson's exercises.
pub static EXERCISES: [Exercise; 3] = [
    Exercise {
        id: "total",
        prompt: Text::new(
            "Two classes with $p(y) = (\\tfrac14, \\tfrac34)$. Class 1 is generated perfectly; class 2 has $D_{JS} = \\log 2$ (disjoint). What is $C(G)$ in nats? (4 decimals)",
            "Два класса, $p(y) = (\\tfrac14, \\tfrac34)$. Класс 1 генерируется идеально, у класса 2 $D_{JS} = \\log 2$ (носители не пересекаются). Чему равно $C(G)$ в натах? (4 знака после запятой)",
        ),
        kind: Kind::Number {
            answer: -0.346_573_590_279_972_6,
            tol: 5e-4,
        },
        hint: Text::new(
            "$C_1 = -\\log 4$, $C_2 = 2 \\log 2 - \\log 4 = 0$; weigh them by $p(y)$.",
            "$C_1 = -\\log 4$, $C_2 = 2 \\log 2 - \\log 4 = 0$; взвесьте их по $p(y)$.",
        ),
        solution: Text::new(
            "$\\tfrac14 \\cdot (-\\log 4) + \\tfrac34 \\cdot 0 = -\\tfrac12 \\log 2 \\approx -0.3466$.",
            "$\\tfrac14 \\cdot (-\\log 4) + \\tfrac34 \\cdot 0 = -\\tfrac12 \\log 2 \\approx -0{,}3466$.",
        ),
    },
    Exercise {
        id: "swapped",
        prompt: Text::new(
            "Make the generator's overall distribution $p_g(x)$ equal to $p_{data}(x)$ (mixture JS below $10^{-6}$) while $C(G)$ stays above $-1$. Then press Check.",
            "Добейтесь, чтобы общее распределение генератора $p_g(x)$ совпало с $p_{data}(x)$ (JS смесей меньше $10^{-6}$), а $C(G)$ осталось больше $-1$. Затем нажмите «Проверить».",
        ),
        kind: Kind::Construction,
        hint: Text::new(
            "Let the generator answer a request for one class with examples of another. When does its overall distribution still match the data's?",
            "Пусть генератор отвечает на запрос одного класса примерами другого. Когда его общее распределение всё ещё совпадает с распределением данных?",
        ),
        solution: Text::new(
            "Make the two classes equally likely, $p(1) = p(2)$, and let $p_g(\\cdot \\mid 1) = p_{data}(\\cdot \\mid 2)$, $p_g(\\cdot \\mid 2) = p_{data}(\\cdot \\mid 1)$ (and $p_g(\\cdot \\mid 3) = p_{data}(\\cdot \\mid 3)$ with three classes): the “Generator swaps classes 1 and 2” button does all of it (with three classes, keep $p(3)$ small: a correctly generated class 3 pulls $C(G)$ down by about $p(3) \\log 4$). The mixtures then agree, since $p_g(x) - p_{data}(x) = (p(1) - p(2))(p_{data}(x \\mid 2) - p_{data}(x \\mid 1)) = 0$, yet each class is generated wrongly and $C(G)$ stays far above $-\\log 4$. With unequal weights the swap alone is not enough: $p(y) = (0.3, 0.7)$ leaves a mixture JS of about 0.082 nats.",
            "Сделайте классы равновероятными, $p(1) = p(2)$, и положите $p_g(\\cdot \\mid 1) = p_{data}(\\cdot \\mid 2)$, $p_g(\\cdot \\mid 2) = p_{data}(\\cdot \\mid 1)$ (и $p_g(\\cdot \\mid 3) = p_{data}(\\cdot \\mid 3)$ при трёх классах) — всё это делает кнопка «Генератор путает классы 1 и 2» (при трёх классах $p(3)$ должно быть мало: верно порождённый класс 3 тянет $C(G)$ вниз примерно на $p(3) \\log 4$). Тогда смеси совпадают, потому что $p_g(x) - p_{data}(x) = (p(1) - p(2))(p_{data}(x \\mid 2) - p_{data}(x \\mid 1)) = 0$, но каждый класс порождается неверно, и $C(G)$ остаётся намного выше $-\\log 4$. При неравных весах одной подмены мало: при $p(y) = (0{,}3; 0{,}7)$ JS смесей около 0,082 ната.",
        ),
    },
    Exercise {
        id: "joint",
        prompt: Text::new(
            "In the first expectation of the cGAN objective, how are $x$ and $y$ drawn?",
            "Как выбираются $x$ и $y$ в первом матожидании целевой функции cGAN?",
        ),
        kind: Kind::Choice {
            options: &[
                Text::new(
                    "together, $(x, y) \\sim p_{data}(x, y)$: a real example with its own label",
                    "вместе, $(x, y) \\sim p_{data}(x, y)$: настоящий пример со своей меткой",
                ),
                Text::new(
                    "independently, $x \\sim p_{data}(x)$ and $y \\sim p(y)$",
                    "независимо, $x \\sim p_{data}(x)$ и $y \\sim p(y)$",
                ),
                Text::new("$y$ is chosen by the generator", "$y$ выбирает генератор"),
            ],
            correct: &[0],
        },
        hint: Text::new(
            "With independent draws, what would $D$ learn about labels?",
            "Что $D$ узнал бы о метках при независимом выборе?",
        ),
        solution: Text::new(
            "Jointly. Drawn independently, a real example $x$ from class $y'$ would get a label $y \\ne y'$ with probability $1 - \\sum_y p(y)^2$ — half of all real pairs for two equally likely classes, $\\tfrac38$ for $p(y) = (\\tfrac14, \\tfrac34)$ — and $D$ could not learn that a label belongs to its example.",
            "Совместно. При независимом выборе настоящий пример $x$ класса $y'$ получал бы чужую метку $y \\ne y'$ с вероятностью $1 - \\sum_y p(y)^2$ — половина всех настоящих пар при двух равновероятных классах, $\\tfrac38$ при $p(y) = (\\tfrac14, \\tfrac34)$, — и $D$ не смог бы выучить, что метка принадлежит своему примеру.",
        ),
    },
];
