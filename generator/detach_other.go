//go:build !unix

package main

import "os/exec"

// detach does nothing here: the process outlives the build as it is.
func detach(cmd *exec.Cmd) {}
