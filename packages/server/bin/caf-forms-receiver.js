#!/usr/bin/env node
// Installed entry point: runs the compiled receiver (configured from the environment; see src/main.ts).
import { main } from '../dist/main.js';
await main();
