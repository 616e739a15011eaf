import { describe, expect, it } from 'vitest';
import { createContext } from '../runtime/apim/create-context.js';
import { BudgetExceeded, DotnetException } from '../runtime/exceptions.js';
import { FactNotPrepared } from '../runtime/x509/fact-not-prepared.js';
import { testCertificates } from '../runtime/x509/test-certificate.js';
import { compileModule } from './aot/compile-module.js';
import { checkExpression, compileExpression, ExpressionCompileError } from './compile.js';

describe('compileExpression', () => {
  it('compiles, evaluates and names the result type', () => {
    const compiled = compileExpression('@(context.Request.Method + " " + context.Request.Url.Path)');
    expect(compiled.resultType).toBe('string');
    expect(compiled.evaluate(createContext({ request: { method: 'PUT', url: 'https://x.net/a/b' } }))).toBe(
      'PUT /a/b',
    );
  });

  it('throws an ExpressionCompileError carrying every diagnostic with its position', () => {
    const error = (() => {
      try {
        compileExpression('@(context.Request.Nope)', { start: { offset: 100, line: 7, column: 12 } });
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(ExpressionCompileError);
    const diagnostic = (error as ExpressionCompileError).diagnostics[0]!;
    expect(diagnostic.code).toBe('member-not-found');
    expect(diagnostic.loc.start).toEqual({ line: 7, column: 30 });
  });

  it('converts to the type the policy needs, as API Management does', () => {
    expect(checkExpression('@(1)', { expectedType: 'bool' }).diagnostics.map((d) => d.code)).toEqual([
      'no-implicit-conversion',
    ]);
    expect(compileExpression('@(42)', { expectedType: 'long' }).evaluate({})).toBe(42n);
  });

  it('reports .NET exceptions as data', () => {
    const compiled = compileExpression('@(int.Parse("x"))');
    expect(() => compiled.evaluate({})).toThrow(DotnetException);
    try {
      compiled.evaluate({});
    } catch (error) {
      expect((error as DotnetException).type).toBe('System.FormatException');
      expect((error as DotnetException).message).toBe('Input string was not in a correct format.');
    }
  });

  it('stops runaway code with its budget', () => {
    const compiled = compileExpression('@{ var i = 0; while (true) { i++; } }');
    expect(() => compiled.evaluate({}, { budget: 100 })).toThrow(BudgetExceeded);
    const caught = compileExpression('@{ try { while (true) { } } catch (Exception) { return 1; } }');
    expect(() => caught.evaluate({}, { budget: 100 })).toThrow(BudgetExceeded);
  });

  it('reads the clock it is given', () => {
    const compiled = compileExpression('@(DateTime.UtcNow.ToString("o"))');
    expect(compiled.evaluate({}, { now: new Date('2025-03-04T05:06:07Z') })).toBe(
      '2025-03-04T05:06:07.0000000Z',
    );
  });

  it('lists the certificate facts it needs, and refuses to guess an unprepared one', () => {
    const compiled = compileExpression(
      '@(context.Request.Certificate == null || !context.Request.Certificate.Verify() || !context.Deployment.Certificates.Any(c => c.Value.VerifyNoRevocation()))',
    );
    expect(compiled.needs).toEqual([
      { fact: 'chain', certificate: 'request' },
      // A certificate reached through a lambda's parameter counts as any certificate.
      { fact: 'chain-no-revocation', certificate: 'any' },
    ]);
    const context = createContext({ request: { certificate: testCertificates.client01() } });
    expect(() => compiled.evaluate(context)).toThrow(FactNotPrepared);
    const prepared = createContext({ request: { certificate: testCertificates.client01({ chain: false }) } });
    expect(compiled.evaluate(prepared)).toBe(true);
  });

  it('gives the same results with the closure backend', () => {
    const source = '@{ var parts = "a,b,c".Split(\',\'); return string.Join("|", parts.Reverse()); }';
    expect(compileExpression(source, { backend: 'closures' }).evaluate({})).toBe(
      compileExpression(source).evaluate({}),
    );
  });
});

describe('compileModule', () => {
  it('writes an ES module that imports only the runtime', () => {
    const { code } = compileModule('@(context.Request.Headers.GetValueOrDefault("x", "none"))');
    expect(code).toMatch(/^\/\/ Compiled by apim-policy/);
    expect(code.match(/^import .*$/gm)).toEqual([
      'import { helpers as h, slot, wrapEvaluator } from "@apim-policy/expressions/runtime";',
    ]);
    expect(code).toContain('export const evaluate');
    expect(code).toContain('export const needs');
    expect(code).not.toContain('new Function');
  });
});
