#!/usr/bin/env node
// Installed entry point: runs the compiled receiver (configured from the environment; see src/main.ts).
import { receiverCommand } from '../dist/command.js';
const code = await receiverCommand(process.argv.slice(2));
if (code !== 0) process.exitCode = code;
