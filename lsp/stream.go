package lsp

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"github.com/sourcegraph/jsonrpc2"
)

// stream frames JSON-RPC messages with LSP's "Content-Length" headers, like
// jsonrpc2.VSCodeObjectCodec, but survives bad input: a message that is not
// JSON, not a JSON-RPC message, or has a broken header is answered with a
// JSON-RPC error (id null) and skipped, where the library's codec would
// close the connection. Only the end of the stream ends it.
type stream struct {
	r      *bufio.Reader
	closer io.Closer

	mu sync.Mutex // guards w
	w  io.Writer
}

func newStream(rwc io.ReadWriteCloser) *stream {
	return &stream{r: bufio.NewReader(rwc), w: rwc, closer: rwc}
}

// maxMessage bounds the size of one message (a 2.3 MB law is sent whole on
// didOpen; JSON escaping can double it).
const maxMessage = 256 << 20

// WriteObject writes one framed message.
func (s *stream) WriteObject(obj any) error {
	data, err := json.Marshal(obj)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, err := fmt.Fprintf(s.w, "Content-Length: %d\r\n\r\n", len(data)); err != nil {
		return err
	}
	_, err = s.w.Write(data)
	return err
}

// ReadObject reads the next well-formed message into v.
func (s *stream) ReadObject(v any) error {
	for {
		body, err := s.readFrame()
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			return io.EOF
		}
		if err != nil {
			s.replyError(jsonrpc2.CodeParseError, err.Error())
			continue
		}
		if code, msg := validMessage(body); code != 0 {
			s.replyError(code, msg)
			continue
		}
		if err := json.Unmarshal(body, v); err != nil {
			// v may be half filled in: clear it before the next message
			rv := reflect.ValueOf(v).Elem()
			rv.Set(reflect.Zero(rv.Type()))
			s.replyError(jsonrpc2.CodeInvalidRequest, "ongeldig JSON-RPC-bericht: "+err.Error())
			continue
		}
		return nil
	}
}

// readFrame reads the headers and the body of one message.
func (s *stream) readFrame() ([]byte, error) {
	length := -1
	for {
		line, err := s.r.ReadString('\n')
		if err != nil {
			if err == io.EOF && line != "" {
				return nil, io.ErrUnexpectedEOF
			}
			return nil, err
		}
		line = strings.TrimRight(line, "\r\n")
		if line == "" {
			if length >= 0 {
				break
			}
			continue // blank lines before a header: skip
		}
		name, value, ok := strings.Cut(line, ":")
		if !ok {
			return nil, fmt.Errorf("ongeldige header %q", truncate(line, 40))
		}
		if strings.EqualFold(strings.TrimSpace(name), "Content-Length") {
			n, err := strconv.Atoi(strings.TrimSpace(value))
			if err != nil || n < 0 || n > maxMessage {
				return nil, fmt.Errorf("ongeldige Content-Length %q", truncate(value, 20))
			}
			length = n
		}
	}
	body := make([]byte, length)
	if _, err := io.ReadFull(s.r, body); err != nil {
		return nil, err
	}
	return body, nil
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}

// validMessage checks that body is one JSON-RPC request, notification or
// response; it returns an error code and message when it is not.
func validMessage(body []byte) (int64, string) {
	body = bytes.TrimSpace(body)
	if !json.Valid(body) {
		return jsonrpc2.CodeParseError, "bericht is geen geldige JSON"
	}
	var m struct {
		Method *string          `json:"method"`
		ID     json.RawMessage  `json:"id"`
		Result *json.RawMessage `json:"result"`
		Error  *json.RawMessage `json:"error"`
	}
	if len(body) == 0 || body[0] != '{' {
		return jsonrpc2.CodeInvalidRequest, "bericht is geen JSON-object (batches worden niet ondersteund)"
	}
	if err := json.Unmarshal(body, &m); err != nil {
		return jsonrpc2.CodeInvalidRequest, "ongeldig JSON-RPC-bericht: " + err.Error()
	}
	if m.Method == nil && m.Result == nil && m.Error == nil && !bytes.Contains(body, []byte(`"result"`)) {
		return jsonrpc2.CodeInvalidRequest, "bericht is geen verzoek en geen antwoord"
	}
	if len(m.ID) > 0 {
		var id any
		_ = json.Unmarshal(m.ID, &id)
		switch id.(type) {
		case nil, string, float64:
		default:
			return jsonrpc2.CodeInvalidRequest, "id moet een getal of tekst zijn"
		}
	}
	return 0, ""
}

// replyError answers a message that could not be read, with id null as
// JSON-RPC prescribes.
func (s *stream) replyError(code int64, msg string) {
	_ = s.WriteObject(map[string]any{
		"jsonrpc": "2.0",
		"id":      nil,
		"error":   map[string]any{"code": code, "message": msg},
	})
}

// Close closes the underlying stream.
func (s *stream) Close() error { return s.closer.Close() }
