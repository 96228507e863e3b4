package qa

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// vnuReport is the Nu checker's --format json output.
type vnuReport struct {
	Messages []struct {
		Type       string `json:"type"`
		SubType    string `json:"subType"`
		URL        string `json:"url"`
		LastLine   int    `json:"lastLine"`
		FirstCol   int    `json:"firstColumn"`
		LastCol    int    `json:"lastColumn"`
		Message    string `json:"message"`
		Extract    string `json:"extract"`
		HiliteFrom int    `json:"hiliteStart"`
	} `json:"messages"`
}

// vnuCanary is an invalid page: "Stray end tag “span”".
const vnuCanary = `<!doctype html><html lang=vi><title>x</title><p>x</span>`

// vnuFiles returns what TestHTMLValid checks: one page of each kind (every
// page with QA_VALIDATE_ALL=1, about 50 s for the demo) and every stylesheet.
func (s *builtSite) vnuFiles(t *testing.T) []sample {
	t.Helper()
	files := s.samples(t)
	if os.Getenv("QA_VALIDATE_ALL") == "1" {
		files = nil
		for _, f := range s.list {
			if strings.HasSuffix(f, ".html") {
				files = append(files, sample{"page", f})
			}
		}
	}
	for _, f := range s.list {
		if path.Ext(f) == ".css" {
			files = append(files, sample{"stylesheet", f})
		}
	}
	return files
}

// runVNU runs the Nu checker on files (absolute paths) and returns its report.
func runVNU(t *testing.T, java, jar string, files []string) vnuReport {
	t.Helper()
	args := append([]string{"-jar", jar, "--errors-only", "--also-check-css", "--format", "json", "--stdout"}, files...)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, java, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	runErr := cmd.Run()
	var rep vnuReport
	if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
		t.Fatalf("vnu did not print a JSON report (%v, run error %v):\n%s\n%s", err, runErr, stdout.String(), stderr.String())
	}
	// vnu exits 1 when a file has errors (the canary always has).
	var exit *exec.ExitError
	if runErr != nil && (!errors.As(runErr, &exit) || exit.ExitCode() != 1) {
		t.Errorf("vnu failed: %v\n%s", runErr, stderr.String())
	}
	return rep
}

// TestHTMLValid runs the W3C Nu checker over one page of each kind and every
// stylesheet (vnuFiles), and expects no error.
func TestHTMLValid(t *testing.T) {
	t.Parallel() // the JVM and Chromium each keep about one core busy
	s := site(t)
	java, jar := javaAndVNU(t)
	checkValid(t, s, java, jar, s.vnuFiles(t))
}

// checkValid runs the Nu checker over the files checked of the site s
// and reports every error.
func checkValid(t *testing.T, s *builtSite, java, jar string, checked []sample) {
	t.Helper()
	kindOf := map[string]string{}
	var files []string
	for _, sm := range checked {
		abs, err := filepath.Abs(filepath.Join(s.dir, filepath.FromSlash(sm.file)))
		if err != nil {
			t.Fatal(err)
		}
		kindOf[filepath.ToSlash(abs)] = sm.kind + " " + sm.file
		files = append(files, abs)
	}
	// A canary page with a known error proves, in the same run, that errors
	// are reported and read.
	canary := filepath.Join(t.TempDir(), "canary.html")
	if err := os.WriteFile(canary, []byte(vnuCanary), 0o644); err != nil {
		t.Fatal(err)
	}
	rep := runVNU(t, java, jar, append(files, canary))
	t.Logf("validated %d files: %s", len(checked), sampleList(checked))
	canaryErrs := 0
	for _, m := range rep.Messages {
		file := strings.TrimPrefix(m.URL, "file:")
		switch {
		case m.Type != "error" && m.Type != "non-document-error":
		case file == filepath.ToSlash(canary):
			canaryErrs++
		default:
			name := kindOf[file]
			if name == "" {
				name = m.URL
			}
			t.Errorf("%s:%d:%d: %s\n\t%s", name, m.LastLine, m.FirstCol, m.Message, strings.TrimSpace(m.Extract))
		}
	}
	if canaryErrs == 0 {
		t.Errorf("vnu reported no error on the canary page %q: the check is blind", vnuCanary)
	}
}

// sampleList names the sampled pages for the log.
func sampleList(samples []sample) string {
	var b strings.Builder
	for i, sm := range samples {
		if i > 0 {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "%s: %s", sm.kind, sm.file)
	}
	return b.String()
}
