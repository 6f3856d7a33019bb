#!/usr/bin/env node
// The CLI runs from the compiled library that `npm ci` builds (the `prepare` script).
import {main} from '../dist/pipeline/cli.js';

process.exitCode = await main(process.argv.slice(2));
