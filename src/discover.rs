//! The discover stage: turns the paths a user gave into a sorted list of inputs. (Stub.)

use crate::model::Input;
use std::path::PathBuf;

pub fn discover(paths: &[PathBuf]) -> Vec<Input> {
    paths
        .iter()
        .map(|p| Input {
            display: p.display().to_string(),
            path: p.clone(),
            pack: None,
        })
        .collect()
}
