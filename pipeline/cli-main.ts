// Runs the CLI from source (tests, development); the published bin runs the compiled copy.
import {main} from './cli.js';

process.exitCode = await main(process.argv.slice(2));
