//! The lab bundle's entry (feature `labs`): the same app with the labs, the engine page and the
//! benchmark compiled in. The lesson bundle loads it when one of those pages opens
//! ([`genlab::web::bundle`]); it then serves every page.

fn main() {
    console_error_panic_hook::set_once();
    genlab::web::bundle::mount();
}
