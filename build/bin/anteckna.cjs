#!/usr/bin/env node
'use strict';
// Launcher for the `anteckna` command: runs the built CLI bundle.
// A bin entry is CommonJS, run by Node as it is, so require() is the way here.
/* eslint-disable @typescript-eslint/no-require-imports */
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const cli = join(__dirname, '..', '..', 'dist', 'electron', 'cli.cjs');
if (!existsSync(cli)) {
  process.stderr.write('anteckna: Programmet är inte byggt. Kör "npm run build" i projektmappen och försök igen.\n');
  process.exit(1);
}
require(cli);
