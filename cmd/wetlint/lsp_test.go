package main

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

func lspFrames(bodies ...string) string {
	var b strings.Builder
	for _, body := range bodies {
		fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n%s", len(body), body)
	}
	return b.String()
}

// TestLSPCommand runs `wetlint lsp` in-process on a scripted session:
// initialize, shutdown, exit gives exit code 0; exit without shutdown 1.
func TestLSPCommand(t *testing.T) {
	initialize := `{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}`
	shutdown := `{"jsonrpc":"2.0","id":2,"method":"shutdown"}`
	exit := `{"jsonrpc":"2.0","method":"exit"}`
	tests := []struct {
		name     string
		messages []string
		code     int
	}{
		{"shutdown then exit", []string{initialize, shutdown, exit}, 0},
		{"exit without shutdown", []string{initialize, exit}, 1},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		code := run([]string{"lsp"}, strings.NewReader(lspFrames(tt.messages...)), &stdout, &stderr)
		if code != tt.code {
			t.Errorf("%s: exit code %d, want %d (stderr %q)", tt.name, code, tt.code, stderr.String())
		}
		if !strings.Contains(stdout.String(), `"serverInfo":{"name":"wetlint"`) {
			t.Errorf("%s: no initialize result on stdout: %q", tt.name, stdout.String())
		}
	}
}
