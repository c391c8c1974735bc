//! The conditional GAN lab's exercises, RU and EN.

use crate::exercise::{Exercise, Kind};
use crate::i18n::Text;

/// The lab's exercises: what a label-ignoring generator scores, D's field for one class, and
/// why the distances are compared with the data's own.
pub static EXERCISES: [Exercise; 3] = [
    Exercise {
        id: "label-ignored",
        prompt: Text::new(
            "On eight Gaussians (modes on a circle of radius 0.7), suppose the generator ignored its label but still matched $p_{data}(x)$ overall. What would each class's mean distance to its class centre be, to 2 decimals? (Leave out the modes' own width.)",
            "На восьми гауссианах (моды на окружности радиуса 0,7) пусть генератор игнорирует метку, но в целом совпадает с $p_{data}(x)$. Каким будет среднее расстояние образцов каждого класса до центра класса, с точностью до 2 знаков? (Шириной самих мод пренебречь.)",
        ),
        kind: Kind::Number {
            answer: 0.88,
            tol: 0.01,
        },
        hint: Text::new(
            "Class $k$'s samples land on each of the eight modes with probability $\\tfrac18$; the chord between modes $j$ apart is $2r \\sin(\\pi j / 8)$.",
            "Образцы класса $k$ попадают в каждую из восьми мод с вероятностью $\\tfrac18$; хорда между модами через $j$ шагов равна $2r \\sin(\\pi j / 8)$.",
        ),
        solution: Text::new(
            "$\\tfrac18 \\sum_{j=0}^{7} 2 \\cdot 0.7 \\sin(\\pi j / 8) \\approx 0.88$, against the data's own 0.06: the readouts tell a generator that respects the label from one that merely matches $p_{data}(x)$.",
            "$\\tfrac18 \\sum_{j=0}^{7} 2 \\cdot 0{,}7 \\sin(\\pi j / 8) \\approx 0{,}88$ против 0,06 у самих данных: показания отличают генератор, соблюдающий метку, от того, что лишь совпадает с $p_{data}(x)$.",
        ),
    },
    Exercise {
        id: "field-per-class",
        prompt: Text::new(
            "Pick class 3 on eight Gaussians after training. Where is the field $D(x, 3)$ blue (D near 1)?",
            "Выберите класс 3 на восьми гауссианах после обучения. Где поле $D(x, 3)$ синее (D около 1)?",
        ),
        kind: Kind::Choice {
            options: &[
                Text::new(
                    "around class 3's mode only: a point of another mode never comes labelled 3 in the data",
                    "только вокруг моды класса 3: точка другой моды в данных никогда не приходит с меткой 3",
                ),
                Text::new(
                    "around all eight modes, since they are all data",
                    "вокруг всех восьми мод, ведь это всё данные",
                ),
                Text::new("nowhere: D is ½ everywhere", "нигде: D всюду равен ½"),
            ],
            correct: &[0],
        },
        hint: Text::new(
            "D judges pairs $(x, y)$; which pairs $(x, 3)$ does the data contain?",
            "D оценивает пары $(x, y)$; какие пары $(x, 3)$ есть в данных?",
        ),
        solution: Text::new(
            "$D^*(x, 3) = \\frac{p_{data}(x \\mid 3)}{p_{data}(x \\mid 3) + p_g(x \\mid 3)}$ and $p_{data}(x \\mid 3)$ is 0 away from mode 3, so a class-3 sample placed on another mode is rejected.",
            "$D^*(x, 3) = \\frac{p_{data}(x \\mid 3)}{p_{data}(x \\mid 3) + p_g(x \\mid 3)}$, а $p_{data}(x \\mid 3)$ равна 0 вдали от моды 3, поэтому образец класса 3 в чужой моде отвергается.",
        ),
    },
    Exercise {
        id: "why-data-dist",
        prompt: Text::new(
            "Why are the per-class distances compared with the data's own distance rather than with 0?",
            "Почему расстояния по классам сравниваются с расстоянием у самих данных, а не с 0?",
        ),
        kind: Kind::Choice {
            options: &[
                Text::new(
                    "a generator that put a whole class at its centre would score 0, yet it would have collapsed; $p_g(x \\mid y) = p_{data}(x \\mid y)$ has the data's spread",
                    "генератор, сложивший весь класс в его центр, дал бы 0, хотя это коллапс; у $p_g(x \\mid y) = p_{data}(x \\mid y)$ разброс как у данных",
                ),
                Text::new(
                    "because the distances are measured in nats",
                    "потому что расстояния измеряются в натах",
                ),
                Text::new(
                    "because the data's distance is always 0",
                    "потому что у данных расстояние всегда 0",
                ),
            ],
            correct: &[0],
        },
        hint: Text::new(
            "What is the readout for a generator of class $k$ that outputs one point, the centre?",
            "Каким будет показание для генератора класса $k$, выдающего одну точку — центр?",
        ),
        solution: Text::new(
            "0, below the data's spread: the readout measures where a class is and how wide, and the optimum $p_g(x \\mid y) = p_{data}(x \\mid y)$ gives the data's value (on two moons a moon's centre is not even on the moon).",
            "0 — меньше разброса данных: показание говорит, где класс и насколько он широк, а оптимум $p_g(x \\mid y) = p_{data}(x \\mid y)$ даёт значение данных (на двух полумесяцах центр полумесяца даже не лежит на нём).",
        ),
    },
];
