#!/usr/bin/env node
// Installed entry point: runs the compiled CLI.
import { main } from '../dist/cli.js';
process.exitCode = await main(process.argv.slice(2));
