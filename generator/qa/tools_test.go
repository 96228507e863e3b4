package qa

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"phongtrao/generator/internal/toolskip"
)

// browserDir is the npm package with the validator and browser tools.
var browserDir = filepath.Join(demoSource, ".ci", "browser")

// needTool skips the test when a tool is missing, or fails it under CI=true,
// where every check must run (toolskip.Need: TestMain then says once which
// tests were skipped and how to install the tools).
func needTool(t *testing.T, ok bool, what string) {
	t.Helper()
	toolskip.Need(t, ok, what)
}

// skipShort skips a test that drives the validator or a browser under
// -short (quick work): they take minutes; go test ./... and CI run them.
func skipShort(t *testing.T, what string) {
	t.Helper()
	if testing.Short() {
		t.Skipf("%s: skipped under -short (go test ./... runs it)", what)
	}
}

// exists reports whether path names an existing file or folder.
func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// javaAndVNU returns java and the Nu checker's jar: $VNU_JAR when it names
// a file, else the one npm installs in .ci/browser.
func javaAndVNU(t *testing.T) (java, jar string) {
	t.Helper()
	skipShort(t, "the Nu HTML checker")
	java, err := exec.LookPath("java")
	needTool(t, err == nil, "java")
	jar = os.Getenv("VNU_JAR")
	if jar == "" || !exists(jar) {
		jar = filepath.Join(browserDir, "node_modules", "vnu-jar", "build", "dist", "vnu.jar")
	}
	needTool(t, exists(jar), "vnu.jar (npm package vnu-jar; or set VNU_JAR)")
	return java, jar
}

// nodeAndChromium returns node and the browser for axe.mjs: $CHROMIUM when
// set, else Debian's /usr/bin/chromium.
func nodeAndChromium(t *testing.T) (node, chromium string) {
	t.Helper()
	skipShort(t, "headless Chromium")
	node, err := exec.LookPath("node")
	needTool(t, err == nil, "node")
	for _, pkg := range []string{"playwright-core", "axe-core"} {
		needTool(t, exists(filepath.Join(browserDir, "node_modules", pkg)), "npm package "+pkg+" in .ci/browser")
	}
	return node, chromiumPath(t)
}

// chromiumPath returns the browser: $CHROMIUM when set, else Debian's
// /usr/bin/chromium.
func chromiumPath(t *testing.T) string {
	t.Helper()
	skipShort(t, "headless Chromium")
	chromium := os.Getenv("CHROMIUM")
	if chromium == "" {
		chromium = "/usr/bin/chromium"
	}
	needTool(t, exists(chromium), chromium)
	return chromium
}
