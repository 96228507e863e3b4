package main

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
)

// version is the release this binary was built as, stamped in by the
// release build (go run ./scripts/release, docs/ci/release.yml):
//
//	go build -trimpath -ldflags "-X main.version=v1.2.0" ./generator
//
// It is empty in a build from source, where versionString falls back to
// what the Go toolchain recorded (a module version, or the commit).
var version string

// versionString says which generator this is and which Go built it, e.g.
// "generator v1.2.0 (go1.26.8, windows/amd64)".
func versionString() string {
	v := version
	if v == "" {
		v = sourceVersion()
	}
	return fmt.Sprintf("generator %s (%s, %s/%s)", v, runtime.Version(), runtime.GOOS, runtime.GOARCH)
}

// sourceVersion is the version of a build from source: the module version
// `go install` recorded, else the commit `go build` recorded (with
// "+sửa" when the tree had uncommitted changes), else "dev" (go run).
func sourceVersion() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "dev"
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	rev, dirty := "", false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if rev == "" {
		return "dev"
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if dirty {
		rev += "+sửa"
	}
	return "dev-" + rev
}

// cmdVersion prints versionString on w.
func cmdVersion(args []string, w io.Writer) int {
	fs := newFlags("version", "In phiên bản của chương trình và phiên bản Go đã dựng nó.")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	fmt.Fprintln(w, versionString())
	return 0
}
