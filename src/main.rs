//! The lesson bundle's entry: installs the panic hook and mounts the app. Everything else is
//! in the library, so `tests/` can import it.

fn main() {
    console_error_panic_hook::set_once();
    genlab::web::bundle::mount();
}
