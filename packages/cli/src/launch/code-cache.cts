// Loading the command line's one-file bundle with V8's compiled code kept between runs.
//
// Most of a short `apim-policy lint` run is V8 compiling the bundle's functions. Node 22.1 and
// later keep that work between runs (`module.enableCompileCache`); Node 20 has no such cache, so
// this file keeps one itself: the bundle is compiled as a `vm.Script` with the code V8 produced on
// an earlier run, and a run that had none leaves its own when the process exits. Its cache holds
// the functions compiled while the run ran, not only those compiled up front.
import crypto = require('node:crypto');
import fs = require('node:fs');
import Module = require('node:module');
import os = require('node:os');
import path = require('node:path');
import util = require('node:util');
import vm = require('node:vm');

const debug = util.debuglog('apim-policy');

/**
 * How a bundle was loaded: with Node's cache, with ours (and whether it held code), or without
 * (turned off, or a cache directory others could write to).
 */
type CacheUse = 'node' | 'hit' | 'miss' | 'rejected' | 'disabled' | 'untrusted';

interface LoadedBundle {
  readonly exports: unknown;
  readonly cache: CacheUse;
}

/**
 * Requires the CommonJS file `file` (a bundle with no dependencies of its own to compile) with
 * compiled code kept between runs: Node's compile cache where Node has one, else a code cache
 * in `directory`. `NODE_DISABLE_COMPILE_CACHE` turns both off, as it does Node's.
 */
function loadBundle(
  file: string,
  directory: string = cacheDirectory(),
  env: NodeJS.ProcessEnv = process.env,
): LoadedBundle {
  const require = Module.createRequire(file);
  if (env.NODE_DISABLE_COMPILE_CACHE !== undefined) return { exports: require(file), cache: 'disabled' };
  const enable = (Module as { enableCompileCache?: () => unknown }).enableCompileCache;
  if (enable !== undefined) {
    enable();
    return { exports: require(file), cache: 'node' };
  }
  return runCached(file, directory, require);
}

/**
 * Where the code is kept: under `NODE_COMPILE_CACHE` when set (Node's own setting), else the
 * temporary directory, in a directory of the user's own (`-<uid>` where users have ids).
 */
function cacheDirectory(env: NodeJS.ProcessEnv = process.env): string {
  const root = env.NODE_COMPILE_CACHE || os.tmpdir();
  const uid = process.getuid?.();
  return path.join(root, uid === undefined ? 'apim-policy-code-cache' : `apim-policy-code-cache-${uid}`);
}

/**
 * Whether code in `directory` can be trusted: V8 runs what a cache file holds, so in a shared
 * temporary directory the cache must be the user's alone. Where users have ids, the directory
 * must be a real directory (no link), owned by the user and writable by nobody else; it is
 * created so. (Windows' temporary directory is the user's own.) Null when it does not exist yet.
 */
function trustedDirectory(directory: string): boolean | null {
  const uid = process.getuid?.();
  let stats: fs.Stats;
  try {
    stats = fs.lstatSync(directory);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  if (uid === undefined) return stats.isDirectory();
  return stats.isDirectory() && stats.uid === uid && (stats.mode & 0o022) === 0;
}

function runCached(file: string, directory: string, require: NodeJS.Require): LoadedBundle {
  let trusted: boolean | null;
  try {
    trusted = trustedDirectory(directory);
  } catch (error) {
    debug('code cache directory not readable: %s', describe(error));
    trusted = false;
  }
  if (trusted === false) {
    debug('code cache not used: %s is not a directory of this user alone', directory);
    return { exports: require(file), cache: 'untrusted' };
  }
  const source = fs.readFileSync(file, 'utf8');
  // V8 checks only the length of the source and its own flags: the key names the exact text and
  // the exact Node, so an edited or rebuilt bundle never meets code compiled from another.
  const key = crypto
    .createHash('sha1')
    .update(`${process.version} ${process.arch}\0`)
    .update(source)
    .digest('hex');
  const cacheFile = path.join(directory, `${key}.bin`);
  const cachedData = trusted === null ? undefined : readCache(cacheFile);
  // The bundle has no `import()`: Node 20 loses a script's import callback when V8 takes its
  // code from a cache (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING).
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const cache: CacheUse = cachedData === undefined ? 'miss' : script.cachedDataRejected ? 'rejected' : 'hit';
  if (cache !== 'hit') {
    // At exit the functions the run compiled are in the script's code: the next run starts with them.
    process.once('exit', () => writeCache(cacheFile, script));
  }
  const module = { exports: {} as unknown };
  const wrapper = script.runInThisContext() as (
    exports: unknown,
    require: NodeJS.Require,
    module: { exports: unknown },
    filename: string,
    dirname: string,
  ) => void;
  wrapper.call(module.exports, module.exports, require, module, file, path.dirname(file));
  debug('code cache %s: %s', cache, cacheFile);
  return { exports: module.exports, cache };
}

function readCache(cacheFile: string): Buffer | undefined {
  try {
    return fs.readFileSync(cacheFile);
  } catch (error) {
    // No cache yet is the usual first run; anything else is said under NODE_DEBUG=apim-policy.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') debug('code cache not read: %s', describe(error));
    return undefined;
  }
}

function writeCache(cacheFile: string, script: vm.Script): void {
  // Written beside and renamed: a process starting meanwhile reads the old file or the new one, never half.
  const partial = `${cacheFile}.${process.pid}.partial`;
  let written = false;
  try {
    fs.mkdirSync(path.dirname(cacheFile), { recursive: true, mode: 0o700 });
    if (trustedDirectory(path.dirname(cacheFile)) !== true)
      throw new Error('the directory is not this user’s alone');
    fs.writeFileSync(partial, script.createCachedData());
    written = true;
    fs.renameSync(partial, cacheFile);
  } catch (error) {
    // A cache that cannot be written (a read-only temporary directory) costs speed, not the run.
    debug('code cache not written: %s', describe(error));
    if (written) fs.unlinkSync(partial);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export = { loadBundle, cacheDirectory };
