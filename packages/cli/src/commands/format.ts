import type { Command } from 'commander';
import type { Io } from '../io.js';

/** `apim-policy format`: not written yet. */
export function registerFormat(program: Command, _io: Io, _result: { exitCode: number }): void {
  program.command('format').description('(not written yet)');
}
