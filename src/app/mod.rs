//! The interface's logic, Elm-style: messages in, `update` changes the state and asks for
//! effects, the runner does the effects off the UI task and sends back messages.

pub mod effect;
pub mod layout;
pub mod msg;
pub mod panel;
pub mod runner;
pub mod state;
pub mod update;

pub use effect::Effect;
pub use msg::{Loaded, Msg};
pub use state::State;
pub use update::{init, printout, update};
