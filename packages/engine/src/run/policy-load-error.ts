import type { Diagnostic } from '@apim-policy/expressions';

/** A policy with errors cannot run: the diagnostics say why and where. */
export class PolicyLoadError extends Error {
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    const first = errors[0];
    super(
      first === undefined
        ? 'The policy has errors'
        : `The policy has ${errors.length} error${errors.length === 1 ? '' : 's'}; the first: ${first.message} (${first.code} at ${first.loc.start.line}:${first.loc.start.column + 1})`,
    );
    this.name = 'PolicyLoadError';
  }
}
