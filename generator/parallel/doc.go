// Package parallel runs work on several goroutines and hands a panic in
// any of them back to the caller.
//
// A panic on a goroutine of its own ends the process, whatever the caller
// recovers. The live preview (package serve) recovers a panic while it
// builds and shows it as an error, so every fan-out in the generator goes
// through this package: Each for n items on a few workers, Group for a few
// different jobs at once. Both wait for every goroutine, then raise the
// first panic again in the caller, with the stack where it happened.
package parallel
