import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileModule } from '../compiler/aot/compile-module.js';
import { type Backend, compileExpression } from '../compiler/compile.js';
import type { Evaluate } from '../compiler/evaluation.js';
import { casesByArea } from './all-cases.js';
import type { ConformanceCase } from './case.js';
import { knownGaps } from './known-gaps.js';
import { mismatch, runCase, sourceOf } from './run-case.js';

/**
 * One conformance suite, three backends: every case is compiled with code generation, with
 * closures, and ahead of time to an ES module (written to disk and imported), and each must
 * give what .NET gives.
 */
const moduleDirectory = join(import.meta.dirname, '..', '..', '.cache', 'conformance-modules');
const runtimeEntry = join(import.meta.dirname, '..', 'runtime-entry.ts');

type Compiled = { readonly evaluate: Evaluate } | { readonly error: string };

function compileWith(testCase: ConformanceCase, backend: Backend): Compiled {
  try {
    return { evaluate: compileExpression(sourceOf(testCase), { backend }).evaluate };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

function check(testCase: ConformanceCase, compiled: Compiled, backend: string): void {
  if ('error' in compiled) expect.fail(`${backend}: does not compile: ${compiled.error}`);
  const problem = mismatch(testCase, runCase(compiled.evaluate, testCase));
  expect(problem, `${backend}: ${testCase.expression}`).toBeNull();
}

for (const [area, cases] of Object.entries(casesByArea)) {
  describe.skipIf(cases.length === 0)(`conformance: ${area}`, () => {
    const modules = new Map<ConformanceCase, Compiled>();

    beforeAll(async () => {
      const directory = join(moduleDirectory, area);
      rmSync(directory, { recursive: true, force: true });
      mkdirSync(directory, { recursive: true });
      const pending = cases.map(async (testCase, index) => {
        try {
          const { code } = compileModule(sourceOf(testCase), { runtime: runtimeEntry });
          const file = join(directory, `case-${index}.js`);
          writeFileSync(file, code);
          const loaded = (await import(/* @vite-ignore */ file)) as {
            evaluate: Evaluate;
          };
          modules.set(testCase, { evaluate: loaded.evaluate });
        } catch (error) {
          modules.set(testCase, { error: (error as Error).message });
        }
      });
      await Promise.all(pending);
    }, 120_000);

    const runAll = (testCase: ConformanceCase) => {
      check(testCase, compileWith(testCase, 'codegen'), 'codegen');
      check(testCase, compileWith(testCase, 'closures'), 'closures');
      check(testCase, modules.get(testCase)!, 'module');
    };
    const passing = cases.filter((testCase) => knownGaps[testCase.expression] === undefined);
    const gaps = cases.filter((testCase) => knownGaps[testCase.expression] !== undefined);
    it.each(passing.map((testCase) => [testCase.expression, testCase] as const))('%s', (_, testCase) =>
      runAll(testCase),
    );
    // Known gaps must still fail (see known-gaps.ts).
    for (const testCase of gaps) it.fails(`known gap: ${testCase.expression}`, () => runAll(testCase));
  });
}

describe('known gaps', () => {
  it('name existing cases', () => {
    const expressions = new Set(
      Object.values(casesByArea).flatMap((cases) => cases.map((c) => c.expression)),
    );
    expect(Object.keys(knownGaps).filter((expression) => !expressions.has(expression))).toEqual([]);
  });
});
