import type { Command } from 'commander';
import type { Io } from '../io.js';

/** `apim-policy eval`: not written yet. */
export function registerEval(program: Command, _io: Io, _result: { exitCode: number }): void {
  program.command('eval').description('(not written yet)');
}
