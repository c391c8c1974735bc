//! Yielding to the worker's event loop between chunks of training, so messages get in.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageChannel, MessageEvent};

/// Yields to the worker's event loop without a timer's 4 ms clamp: a message posted to one's
/// own `MessageChannel` port arrives as the next task.
pub(super) struct Yielder {
    channel: Option<MessageChannel>,
    waiting: Rc<RefCell<Option<js_sys::Function>>>,
    _on_message: Option<Closure<dyn FnMut(MessageEvent)>>,
}

impl Yielder {
    pub(super) fn new() -> Yielder {
        let waiting: Rc<RefCell<Option<js_sys::Function>>> = Rc::new(RefCell::new(None));
        let Ok(channel) = MessageChannel::new() else {
            return Yielder {
                channel: None,
                waiting,
                _on_message: None,
            };
        };
        let wake = waiting.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |_: MessageEvent| {
            if let Some(resolve) = wake.borrow_mut().take() {
                let _ = resolve.call0(&JsValue::UNDEFINED);
            }
        });
        channel
            .port1()
            .set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        Yielder {
            channel: Some(channel),
            waiting,
            _on_message: Some(on_message),
        }
    }

    pub(super) async fn yield_now(&self) {
        let Some(channel) = &self.channel else {
            self.sleep(0).await;
            return;
        };
        let waiting = self.waiting.clone();
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            *waiting.borrow_mut() = Some(resolve);
        });
        if channel.port2().post_message(&JsValue::NULL).is_err() {
            self.waiting.borrow_mut().take();
            return;
        }
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }

    pub(super) async fn sleep(&self, ms: i32) {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
            let _ = scope.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }
}
