package qa

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
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

// TestHTMLValid runs the W3C Nu checker over one page of each kind and
// expects no error.
func TestHTMLValid(t *testing.T) {
	s := site(t)
	java, jar := javaAndVNU(t)
	samples := s.samples(t)
	kindOf := map[string]string{}
	args := []string{"-jar", jar, "--errors-only", "--format", "json", "--stdout"}
	for _, sm := range samples {
		abs, err := filepath.Abs(filepath.Join(s.dir, filepath.FromSlash(sm.file)))
		if err != nil {
			t.Fatal(err)
		}
		kindOf[filepath.ToSlash(abs)] = sm.kind + " " + sm.file
		args = append(args, abs)
	}
	// A canary page with a known error proves, in the same run, that errors
	// are reported and read: a stray end tag.
	canary := filepath.Join(t.TempDir(), "canary.html")
	if err := os.WriteFile(canary, []byte(vnuCanary), 0o644); err != nil {
		t.Fatal(err)
	}
	args = append(args, canary)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, java, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	runErr := cmd.Run() // exits 1 when a page has errors: judged from the report
	var rep vnuReport
	if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
		t.Fatalf("vnu did not print a JSON report (%v, run error %v):\n%s\n%s", err, runErr, stdout.String(), stderr.String())
	}
	t.Logf("validated %d pages: %s", len(samples), sampleList(samples))
	errs, canaryErrs := 0, 0
	for _, m := range rep.Messages {
		if m.Type != "error" && m.Type != "non-document-error" {
			continue
		}
		if strings.TrimPrefix(m.URL, "file:") == filepath.ToSlash(canary) {
			canaryErrs++
			continue
		}
		errs++
		page := kindOf[strings.TrimPrefix(m.URL, "file:")]
		if page == "" {
			page = m.URL
		}
		t.Errorf("%s:%d:%d: %s\n\t%s", page, m.LastLine, m.FirstCol, m.Message, strings.TrimSpace(m.Extract))
	}
	if canaryErrs == 0 {
		t.Errorf("vnu reported no error on the canary page %q: the check is blind", vnuCanary)
	}
	// vnu exits 1 when a file has errors (the canary always has).
	var exit *exec.ExitError
	if runErr != nil && (!errors.As(runErr, &exit) || exit.ExitCode() != 1) {
		t.Errorf("vnu failed: %v\n%s", runErr, stderr.String())
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
