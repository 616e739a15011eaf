// Builds dist/apim-policy.cjs: the whole command line (this package, the workspace packages and
// their dependencies) in one CommonJS file, which dist/bin.cjs loads with V8's compiled code kept
// between runs. One file spares Node resolving and reading some hundred modules at every start.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/program.ts'],
  outfile: 'dist/apim-policy.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // pkijs is imported when the first PFX file is read (see @apim-policy/x509): left to Node, and
  // required rather than imported, since a script compiled with a code cache cannot import().
  external: ['pkijs'],
  supported: { 'dynamic-import': false },
  // `import.meta.url` of a bundled module is the bundle's own URL (tool-version.ts looks upward from it).
  define: { 'import.meta.url': '__bundle_url' },
  banner: { js: "var __bundle_url = require('node:url').pathToFileURL(__filename).href;" },
  sourcemap: true,
  legalComments: 'linked',
  logLevel: 'warning',
});
