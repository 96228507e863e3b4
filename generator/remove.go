package main

import (
	"os"
	"os/exec"

	"phongtrao/generator/publish"
)

// removeCommand is the hidden command a build starts, detached, to remove
// the previous output after swapping the new one in: generator
// _remove-old DIR. It is not for people, and refuses any folder that is
// not named like a previous output (".public.tmp-123.old") or does not
// hold what the generator writes (publish.IsOldOutput).
const removeCommand = "_remove-old"

// removeInBackground starts this program, detached, to remove dir, and
// does not wait for it.
func removeInBackground(dir string) error {
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	cmd := exec.Command(exe, removeCommand, dir)
	detach(cmd)
	if err := cmd.Start(); err != nil {
		return err
	}
	return cmd.Process.Release()
}

// removeOld is the hidden command: it removes dir if its name is that of
// a previous output, and reports whether it did.
func removeOld(dir string) bool {
	if !publish.IsOldOutput(dir) {
		return false
	}
	return os.RemoveAll(dir) == nil
}
