import { compileExpression, createContext, testCertificate } from '@apim-policy/expressions';
import { parse as parseCel } from '@marcbachmann/cel-js';
import { compileExpression as compileFiltrex } from 'filtrex';
import { table, timePerCall } from './measure.js';

const nanoseconds = (value: number): string => `${value.toFixed(0)} ns`;

/** A policy check, written in C# for apim-policy, by hand in JavaScript, and for filtrex and CEL. */
interface Check {
  readonly title: string;
  readonly csharp: string;
  /** The same work done by hand on the same context object: the best generated code can do. */
  readonly handWritten: (context: HandContext) => unknown;
  readonly filtrex: string;
  readonly cel: string;
}

/** The parts of the runtime context a hand-written check touches. */
interface HandCertificate {
  readonly Thumbprint: string;
  Verify(): boolean;
}
interface HandContext {
  readonly Request: {
    readonly Headers: { lookup(name: string): string[] | undefined };
    readonly Method: string;
    readonly Certificate: HandCertificate | null;
  };
  readonly Variables: { getItem(name: string): unknown };
  readonly Deployment: { readonly Certificates: Iterable<{ readonly Value: HandCertificate }> };
}

const checks: readonly Check[] = [
  {
    title: 'client certificate pinned to a deployment certificate',
    csharp:
      '@(context.Request.Certificate == null || !context.Request.Certificate.Verify() || !context.Deployment.Certificates.Any(c => c.Value.Thumbprint == context.Request.Certificate.Thumbprint))',
    handWritten: (context) => {
      const certificate = context.Request.Certificate;
      if (certificate === null || !certificate.Verify()) return true;
      for (const pair of context.Deployment.Certificates) {
        if (pair.Value.Thumbprint === certificate.Thumbprint) return false;
      }
      return true;
    },
    filtrex: 'not certificate or not verified or not (thumbprint in deployed)',
    cel: '!has(r.certificate) || !r.verified || !(r.thumbprint in r.deployed)',
  },
  {
    title: 'header equals',
    csharp: '@(context.Request.Headers.GetValueOrDefault("x-api-version", "") == "2024-01-01")',
    handWritten: (context) =>
      (context.Request.Headers.lookup('x-api-version')?.join(',') ?? '') === '2024-01-01',
    filtrex: 'version == "2024-01-01"',
    cel: 'version == "2024-01-01"',
  },
  {
    title: 'variable arithmetic',
    csharp: '@((int)context.Variables["count"] * 2 + 1 > 10 && context.Request.Method == "POST")',
    handWritten: (context) =>
      (((context.Variables.getItem('count') as number) * 2 + 1) | 0) > 10 &&
      context.Request.Method === 'POST',
    filtrex: 'count * 2 + 1 > 10 and method == "POST"',
    cel: 'count * 2 + 1 > 10 && method == "POST"',
  },
  {
    title: 'block with a loop',
    csharp:
      '@{ var sum = 0; foreach (var part in context.Request.Headers.GetValueOrDefault("x-parts", "").Split(\',\')) { sum += part.Length; } return sum; }',
    handWritten: (context) => {
      let sum = 0;
      for (const part of (context.Request.Headers.lookup('x-parts')?.join(',') ?? '').split(','))
        sum += part.length;
      return sum;
    },
    filtrex: 'len(parts)',
    cel: 'size(parts)',
  },
];

/**
 * Evaluation time per call of compiled expressions, against two baselines measured in the same
 * run: the same work written by hand in JavaScript (how close generated code comes to the best
 * possible), and two expression engines from npm on the same logic over a plain object.
 */
export function evaluateBenchmark(): string {
  // Ten deployment certificates; the client's matches the seventh, its chain verdict prepared.
  const thumbprint = (index: number) => index.toString(16).toUpperCase().padStart(40, '0');
  const deployed = Array.from({ length: 10 }, (_, index) =>
    testCertificate({ thumbprint: thumbprint(index + 1) }),
  );
  const context = createContext({
    request: {
      method: 'POST',
      headers: { 'x-api-version': '2024-01-01', 'x-parts': 'alpha,beta,gamma' },
      certificate: testCertificate({ thumbprint: thumbprint(7), facts: { chain: true } }),
    },
    variables: { count: 6 },
    deployment: { certificates: deployed },
  }) as unknown as HandContext;
  const data = {
    version: '2024-01-01',
    count: 6,
    method: 'POST',
    parts: 'alpha,beta,gamma',
    certificate: true,
    verified: true,
    thumbprint: thumbprint(7),
    deployed: deployed.map((certificate) => certificate.thumbprint),
  };
  // CEL's integers are 64-bit: cel-js takes them as bigints.
  const celData = {
    ...data,
    count: 6n,
    r: { certificate: true, verified: true, thumbprint: thumbprint(7), deployed: data.deployed },
  };
  const rows: string[][] = [];
  for (const check of checks) {
    const codegen = compileExpression(check.csharp).evaluate;
    const closures = compileExpression(check.csharp, { backend: 'closures' }).evaluate;
    const filtrex = compileFiltrex(check.filtrex, { extraFunctions: { len: (s: string) => s.length } });
    const cel = parseCel(check.cel);
    const runs: [string, () => unknown][] = [
      ['codegen', () => codegen(context)],
      ['closures', () => closures(context)],
      ['hand-written', () => check.handWritten(context)],
      ['filtrex', () => filtrex(data)],
      ['cel-js', () => cel(celData)],
    ];
    for (let round = 0; round < 20_000; round++) for (const [, run] of runs) run();
    const times = new Map(runs.map(([name, run]) => [name, timePerCall(run)]));
    const ours = times.get('codegen')!;
    rows.push([
      check.title,
      nanoseconds(ours),
      nanoseconds(times.get('hand-written')!),
      nanoseconds(times.get('filtrex')!),
      nanoseconds(times.get('cel-js')!),
      `${(ours / times.get('hand-written')!).toFixed(2)}×`,
      `${(times.get('closures')! / times.get('hand-written')!).toFixed(2)}×`,
      `${(times.get('filtrex')! / ours).toFixed(0)}×`,
      `${(times.get('cel-js')! / ours).toFixed(0)}×`,
    ]);
  }
  return [
    'Per evaluation, warm, including the evaluation wrapper (environment and budget).',
    '',
    table(
      [
        'check',
        'codegen',
        'hand-written',
        'filtrex',
        'cel-js',
        'codegen / hand-written',
        'closures / hand-written',
        'filtrex / codegen',
        'cel-js / codegen',
      ],
      rows,
    ),
  ].join('\n');
}
