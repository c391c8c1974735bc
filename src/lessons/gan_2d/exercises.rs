//! The 2-D GAN lab's exercises, RU and EN.

use crate::exercise::{Exercise, Kind};
use crate::i18n::Text;

/// The exercises under the lab.
pub static EXERCISES: [Exercise; 2] = [
    Exercise {
        id: "arrows",
        prompt: Text::new(
            "Early in training, where do the generator's arrows point?",
            "Куда в начале обучения указывают стрелки генератора?",
        ),
        kind: Kind::Choice {
            options: &[
                Text::new(
                    "up the heat map, toward where D says \"data\"",
                    "вверх по тепловой карте, туда, где D говорит «данные»",
                ),
                Text::new(
                    "toward the nearest generated sample",
                    "к ближайшему сгенерированному образцу",
                ),
                Text::new("at random", "случайно"),
            ],
            correct: &[0],
        },
        hint: Text::new(
            "G's loss depends on x only through $D(x)$.",
            "Функция потерь G зависит от x только через $D(x)$.",
        ),
        solution: Text::new(
            "$-\\nabla_x L_G$ is $\\nabla_x \\log D(x)$ times a positive factor: uphill on $D$.",
            "$-\\nabla_x L_G$ — это $\\nabla_x \\log D(x)$ с положительным множителем: в сторону роста $D$.",
        ),
    },
    Exercise {
        id: "collapse-js",
        prompt: Text::new(
            "With the mode-collapse preset, G's samples crowd into a few of the eight modes. What does that do to $JS(p_{data} \\| p_g)$?",
            "С пресетом коллапса мод образцы G скапливаются в нескольких из восьми мод. Что при этом с $JS(p_{data} \\| p_g)$?",
        ),
        kind: Kind::Choice {
            options: &[
                Text::new(
                    "it stays well above 0: the missing modes carry p_data's mass that p_g lacks",
                    "остаётся заметно больше 0: в пропущенных модах есть масса p_data, которой нет у p_g",
                ),
                Text::new(
                    "it is 0, because every sample sits on a mode",
                    "равна 0, ведь каждый образец лежит в какой-то моде",
                ),
            ],
            correct: &[0],
        },
        hint: Text::new(
            "JS compares whole distributions, not where single samples lie.",
            "JS сравнивает распределения целиком, а не положение отдельных точек.",
        ),
        solution: Text::new(
            "Each missing mode holds ⅛ of p_data's mass where $p_g \\approx 0$; JS is 0 only when $p_g = p_{data}$.",
            "В каждой пропущенной моде ⅛ массы p_data там, где $p_g \\approx 0$; JS равна 0 только при $p_g = p_{data}$.",
        ),
    },
];
