package config

import (
	"path/filepath"
	"sync"
)

// A Resolver finds the configuration of each file, looking each directory
// up once and loading each file once. It is safe for concurrent use.
type Resolver struct {
	// File, when set, is used for every file instead of searching (the
	// command line's --config).
	File string

	mu     sync.Mutex
	dirs   map[string]string // directory → configuration path ("" for none)
	loaded map[string]*Config
	errs   map[string]error
}

// For returns the configuration that applies to path: the nearest one in
// its directory or above, or Default when there is none.
func (r *Resolver) For(path string) (*Config, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.dirs == nil {
		r.dirs, r.loaded, r.errs = map[string]string{}, map[string]*Config{}, map[string]error{}
	}
	cfgPath := r.File
	if cfgPath == "" {
		dir, err := filepath.Abs(filepath.Dir(path))
		if err != nil {
			return nil, err
		}
		var ok bool
		if cfgPath, ok = r.dirs[dir]; !ok {
			if cfgPath, err = Find(dir); err != nil {
				return nil, err
			}
			r.dirs[dir] = cfgPath
		}
	}
	if cfgPath == "" {
		if r.loaded[""] == nil {
			r.loaded[""] = Default()
		}
		return r.loaded[""], nil
	}
	if err, ok := r.errs[cfgPath]; ok {
		return nil, err
	}
	if c := r.loaded[cfgPath]; c != nil {
		return c, nil
	}
	c, err := Load(cfgPath)
	if err != nil {
		r.errs[cfgPath] = err
		return nil, err
	}
	r.loaded[cfgPath] = c
	return c, nil
}
