//! The VAE lesson's words: the seminar's slides «Вариационный автоэнкодер» (the idea, the
//! remarks on backpropagation and the reparametrization trick, the scheme with red and blue
//! marks), with one slip fixed: at generation time z is drawn from the prior N(0, I), not from
//! N(μ, σ²) — μ and σ are the encoder's outputs for a given x, and generation has no x.
//! Russian terms as across the app: «функция вклада» (score function, spelled out at first
//! use), «функция близости» (divergence), «функция потерь», «обратное распространение
//! ошибки», «батч», «зерно»; numbers in Russian formulas as `0{,}5`.

// The words themselves are in `text.toml`, beside this file (`build.rs` compiles it).
include!(concat!(
    env!("OUT_DIR"),
    "/words/lessons/vae_theory/text.rs"
));

#[cfg(test)]
mod tests {
    use super::super::exercises::EXERCISES;
    use super::*;
    use crate::exercise::Kind;
    use crate::i18n::Text;

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
