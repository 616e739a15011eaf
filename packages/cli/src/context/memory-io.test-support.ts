import { PassThrough, Writable } from 'node:stream';
import type { Io } from '../io.js';
import { main } from '../main.js';

/** A writable stream that keeps what is written. */
class Buffered extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

/** What a command run in-process printed, and its exit code. */
export interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `apim-policy ...args` in-process with buffered output. */
export async function runCli(args: readonly string[], cwd: string = process.cwd()): Promise<Ran> {
  const stdout = new Buffered();
  const stderr = new Buffered();
  const io: Io = { stdin: new PassThrough(), stdout, stderr, cwd, env: {} };
  const code = await main(args, io);
  return { code, stdout: stdout.text, stderr: stderr.text };
}
