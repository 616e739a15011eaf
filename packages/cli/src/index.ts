// @apim-policy/cli: the `apim-policy` command line (see README.md). `main` runs it in-process.
export { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type Io } from './io.js';
export { main } from './main.js';
