package main

import (
	"context"
	"sort"
	"strings"

	"github.com/spf13/pflag"

	"github.com/wetlint/wetlint/checks"
	"github.com/wetlint/wetlint/checks/workspace"
)

// engineFlags are the options report and stats share with check: which
// families, which configuration, which extra policies.
type engineFlags struct {
	families []string
	config   string
	policies []string
}

// register adds --family, --config and --policies, as check has them.
func (f *engineFlags) register(fs *pflag.FlagSet) {
	fs.StringSliceVar(&f.families, "family", nil, "alleen deze families: "+strings.Join(checks.Families, ", "))
	fs.StringVar(&f.config, "config", "", "dit configuratiebestand voor alle bestanden, in plaats van de dichtstbijzijnde .wetlint.yaml")
	fs.StringArrayVar(&f.policies, "policies", nil, "map met eigen Rego-regels (mag vaker)")
}

func (f *engineFlags) workspace(run checks.RunOptions) *workspace.Workspace {
	return workspace.New(workspace.Options{Config: f.config, Run: run,
		Engine: checks.Options{Families: f.families, PolicyDirs: f.policies}})
}

// A filePlan is what `check` would check, grouped by the engine of each
// file's configuration, for checking with results streamed.
type filePlan struct {
	groups  map[*checks.Engine][]string
	order   []*checks.Engine
	bad     []checks.FileResult // paths that do not exist
	total   int                 // files to check
	ignored int                 // files the configuration skips
}

// planFiles expands paths and finds each file's engine; an error means a
// configuration or policy could not be loaded.
func planFiles(ctx context.Context, ws *workspace.Workspace, paths []string) (*filePlan, error) {
	files, bad := checks.Expand(paths)
	p := &filePlan{groups: map[*checks.Engine][]string{}, bad: bad}
	for _, f := range files {
		e, cfg, err := ws.EngineFor(ctx, f)
		if err != nil {
			return nil, err
		}
		if cfg.Ignored(f) {
			p.ignored++
			continue
		}
		if p.groups[e] == nil {
			p.order = append(p.order, e)
		}
		p.groups[e] = append(p.groups[e], f)
		p.total++
	}
	return p, nil
}

// rules returns the rules enabled in any of the engines, in wetlint's order.
func (p *filePlan) rules() []checks.Rule {
	var out []checks.Rule
	seen := map[string]bool{}
	for _, e := range p.order {
		for _, r := range e.Rules() {
			if e.Enabled(r.ID) && !seen[r.ID] {
				seen[r.ID] = true
				out = append(out, r)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return checks.RuleLess(out[i].ID, out[j].ID) })
	return out
}

// run checks the files, each with its engine, and hands every result to
// each as soon as it is ready, keeping none (for large runs). progress,
// when set, gets the files done and the total over all engines.
func (p *filePlan) run(ctx context.Context, workers int, each func(checks.FileResult), progress func(done, total int)) {
	for _, b := range p.bad {
		each(b)
	}
	base := 0
	for _, e := range p.order {
		opts := checks.RunOptions{Workers: workers, Each: each}
		if progress != nil {
			opts.Progress = func(done, _ int) { progress(base+done, p.total) }
		}
		e.Run(ctx, p.groups[e], opts)
		base += len(p.groups[e])
	}
}
