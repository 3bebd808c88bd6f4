//! `probity check`: runs the data's way for a set of paths and returns the report. (Stub.)
