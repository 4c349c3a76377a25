// Package cli holds kroniek's subcommands. Each subcommand lives in its own
// file, registers itself with register in an init function, and parses its
// own flags with a stdlib flag.FlagSet.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Command is one subcommand. Name may have two words ("train pos").
type Command struct {
	Name    string
	Summary string
	Run     func(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error
}

var commands = map[string]*Command{}

func register(c *Command) {
	if _, dup := commands[c.Name]; dup {
		// A duplicate name is a programming error caught by TestCommands.
		c.Name += " (duplicate)"
	}
	commands[c.Name] = c
}

// ErrUsage is returned for bad command lines; the message is already printed.
var ErrUsage = errors.New("usage error")

// Run dispatches args (without the program name) to a subcommand.
func Run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return ErrUsage
		}
		return nil
	}
	if len(args) >= 2 {
		if c, ok := commands[args[0]+" "+args[1]]; ok {
			return c.Run(ctx, args[2:], stdin, stdout, stderr)
		}
	}
	if c, ok := commands[args[0]]; ok {
		return c.Run(ctx, args[1:], stdin, stdout, stderr)
	}
	// A known group with an unknown second word: list the group.
	var group []string
	for name := range commands {
		if strings.HasPrefix(name, args[0]+" ") {
			group = append(group, name)
		}
	}
	if len(group) > 0 {
		sort.Strings(group)
		fmt.Fprintf(stderr, "kroniek %s: want one of: %s\n", args[0], strings.Join(group, ", "))
		return ErrUsage
	}
	fmt.Fprintf(stderr, "kroniek: unknown command %q\n", args[0])
	usage(stderr)
	return ErrUsage
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "kroniek — news intelligence engine: entities, quotes, times, places and events from news articles")
	fmt.Fprintln(w, "\nUsage: kroniek COMMAND [flags] [args]\n\nCommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-16s %s\n", n, commands[n].Summary)
	}
	fmt.Fprintln(w, "\nRun 'kroniek COMMAND -h' for a command's flags.")
}

// newFlags makes a FlagSet that reports errors instead of exiting.
func newFlags(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("kroniek "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

// parseFlags parses flags, mapping -h to a nil error (help was printed).
func parseFlags(fs *flag.FlagSet, args []string) (help bool, err error) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return true, nil
		}
		return false, ErrUsage
	}
	return false, nil
}
