#!/usr/bin/env node
// Plain JavaScript (ESM): runs with node alone, no build step and no loader.
import { main } from '../src/cli.js';

process.exitCode = await main(process.argv.slice(2));
