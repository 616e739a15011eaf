import type { Command } from 'commander';
import type { Io } from '../io.js';

/** `apim-policy compile`: not written yet. */
export function registerCompile(program: Command, _io: Io, _result: { exitCode: number }): void {
  program.command('compile').description('(not written yet)');
}
