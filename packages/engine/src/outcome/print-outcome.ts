import type { HeaderValues, Outcome, TraceEntry } from './types.js';

export interface PrintOptions {
  /** Include the trace (default true). */
  readonly trace?: boolean;
  /** Longest body shown before it is cut (default 2,000 characters). */
  readonly bodyLimit?: number;
}

function headerLines(headers: HeaderValues, indent: string): string[] {
  return Object.entries(headers).map(([name, values]) => `${indent}${name}: ${values.join(', ')}`);
}

function bodyLines(body: string | null, limit: number, indent: string): string[] {
  if (body === null || body === '') return [];
  const shown = body.length > limit ? `${body.slice(0, limit)}… (${body.length} characters)` : body;
  return shown.split('\n').map((line) => `${indent}${line}`);
}

function position(entry: TraceEntry): string {
  if (entry.at === null) return '';
  const file = entry.at.file === undefined ? '' : `${entry.at.file}:`;
  return `${file}${entry.at.line}:${entry.at.column}`;
}

const MARKS: Record<TraceEntry['kind'], string> = {
  section: '',
  policy: '•',
  condition: '?',
  skipped: '-',
  error: '✗',
  message: '»',
  backend: '⇄',
};

/** One trace entry on one line: mark, scope, path, what happened, where it is written. */
export function printTraceEntry(entry: TraceEntry): string {
  if (entry.kind === 'section') return entry.detail;
  const scope = entry.scope === null ? '' : `[${entry.scope}] `;
  const path = entry.path === null ? '' : `${entry.path}: `;
  const at = position(entry);
  return `  ${MARKS[entry.kind]} ${scope}${path}${entry.detail}${at === '' ? '' : `  (${at})`}`;
}

/** An outcome as people read it: the response or the request to forward, the last error, the trace. */
export function printOutcome(outcome: Outcome, options: PrintOptions = {}): string {
  const limit = options.bodyLimit ?? 2000;
  const lines: string[] = [];
  if (outcome.kind === 'respond') {
    const { response } = outcome;
    lines.push(`Respond ${response.status} ${response.reason}`);
    lines.push(...headerLines(response.headers, '  '));
    lines.push(...bodyLines(response.body, limit, '  | '));
  } else {
    const { request } = outcome;
    lines.push(`Forward ${request.method} ${request.url}`);
    lines.push(...headerLines(request.headers, '  '));
    lines.push(...bodyLines(request.body, limit, '  | '));
  }
  if (outcome.lastError !== null) {
    const error = outcome.lastError;
    const reason = error.reason === '' ? '' : ` ${error.reason}`;
    lines.push(
      `LastError: ${error.source}${reason}: ${error.message} (${error.scope} scope, ${error.section}, ${error.path}${error.policyId === '' ? '' : `, id ${error.policyId}`})`,
    );
  }
  if (options.trace !== false && outcome.trace.length > 0) {
    lines.push('Trace:');
    for (const entry of outcome.trace) lines.push(`  ${printTraceEntry(entry)}`);
  }
  return lines.join('\n');
}
