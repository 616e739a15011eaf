import type { Command } from 'commander';
import type { Io } from '../io.js';

/** `apim-policy run`: not written yet. */
export function registerRun(program: Command, _io: Io, _result: { exitCode: number }): void {
  program.command('run').description('(not written yet)');
}
