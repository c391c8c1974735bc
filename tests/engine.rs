//! The training engine natively: the worker's ping computed with burn tensors on CPU flex.
#![cfg(feature = "engine")]

use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use genlab::protocol::ping_reference;
use genlab::train::{cpu_device, sum_of_squares};

/// Polls a future that the CPU backend completes at once.
fn now<F: Future>(f: F) -> F::Output {
    match pin!(f).poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(v) => v,
        Poll::Pending => panic!("the CPU backend should not suspend"),
    }
}

#[test]
fn ping_matches_the_f64_reference() {
    let input = [1.0f32, 2.0, 3.0, 4.0];
    let value = now(sum_of_squares(&input, &cpu_device())).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(value, 30.0);
    assert_eq!(value, ping_reference(&input));
}
