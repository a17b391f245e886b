#!/usr/bin/env node
// The `dra` command line (issue 4): the only place with I/O. Placeholder until the CLI lands.
process.stderr.write("dra: not implemented yet\n");
process.exitCode = 2;
