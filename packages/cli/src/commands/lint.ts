import type { Command } from 'commander';
import type { Io } from '../io.js';

/** `apim-policy lint`: not written yet. */
export function registerLint(program: Command, _io: Io, _result: { exitCode: number }): void {
  program.command('lint').description('(not written yet)');
}
