import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkWithCodegen } from './sandbox-support.js';

/**
 * The compiled code reaches only the helpers and slots it is handed. Every escape attempt ends
 * as a compile-time diagnostic; whatever compiles, fuzzed or not, names no global.
 */
const escapes: readonly [string, string][] = [
  ['@("".constructor)', 'member-not-found'],
  ['@(context.constructor)', 'member-not-found'],
  ['@(context.__proto__)', 'member-not-found'],
  ['@(context.Request.__proto__.constructor)', 'member-not-found'],
  ['@(context.GetType())', 'member-not-found'],
  ['@(Type.GetType("System.IO.File"))', 'type-not-allowed'],
  ['@(typeof(string))', 'type-not-allowed'],
  ['@(System.IO.File.ReadAllText("/etc/passwd"))', 'type-not-allowed'],
  ['@(File.ReadAllText("/etc/passwd"))', 'type-not-allowed'],
  ['@(System.Reflection.Assembly.GetExecutingAssembly())', 'type-not-allowed'],
  ['@(Activator.CreateInstance(null))', 'type-not-allowed'],
  ['@(AppDomain.CurrentDomain)', 'type-not-allowed'],
  ['@(Environment.GetEnvironmentVariable("PATH"))', 'type-not-allowed'],
  ['@(System.Diagnostics.Process.Start("sh"))', 'type-not-allowed'],
  ['@(new System.Net.WebClient())', 'type-not-allowed'],
  ['@(new System.Net.Http.HttpClient())', 'type-not-allowed'],
  ['@(System.Threading.Thread.Sleep(1000))', 'type-not-allowed'],
  ['@(process.exit())', 'name-not-found'],
  ['@(globalThis)', 'name-not-found'],
  ['@(require("fs"))', 'name-not-found'],
  ['@(eval("1"))', 'name-not-found'],
  ['@(Function("return this")())', 'name-not-found'],
  ['@(h.tick)', 'name-not-found'],
  ['@(m[0])', 'name-not-found'],
  ['@(this)', 'name-not-found'],
];

describe('the sandbox', () => {
  it.each(escapes)('%s is a compile-time error (%s)', (source, code) => {
    const { diagnostics, compiled } = checkWithCodegen(source);
    expect(compiled).toBe(false);
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toContain(code);
  });

  it('keeps policy text in string literals', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: policy text that must stay text
    const source = '@("\\"; globalThis.pwned = 1; \\"" + "`${process}`" + @"\\u0000""")';
    const { compiled, value } = checkWithCodegen(source);
    expect(compiled).toBe(true);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the same text, evaluated
    expect(value).toBe('"; globalThis.pwned = 1; "`${process}`\\u0000"');
    expect((globalThis as Record<string, unknown>).pwned).toBeUndefined();
  });

  it('generates code that names only its own variables, helpers and slots, whatever the input', () => {
    const words = [
      'context',
      'constructor',
      '__proto__',
      'prototype',
      'process',
      'globalThis',
      'require',
      'Function',
      'eval',
      'h',
      'm',
      's0',
      'l1',
      't0',
      'this',
      'Request',
      'Headers',
      'Variables',
      'Length',
      'ToString',
      'GetValueOrDefault',
      'x',
      'var',
      'return',
      'new',
      'string',
      'int',
      'Split',
    ];
    const pieces = [
      '.',
      '(',
      ')',
      '[',
      ']',
      '{',
      '}',
      ';',
      ',',
      '=',
      '+',
      '==',
      '"a"',
      '"\\""',
      "'c'",
      '1',
      '?.',
      '??',
      '=>',
      ' ',
    ];
    const token = fc.oneof(fc.constantFrom(...words), fc.constantFrom(...pieces));
    const body = fc.array(token, { maxLength: 14 }).map((tokens) => tokens.join(' '));
    const source = fc.oneof(
      body.map((b) => `@(${b})`),
      body.map((b) => `@{ ${b} }`),
    );
    fc.assert(
      fc.property(source, (text) => {
        const result = checkWithCodegen(text);
        if (result.compiled) expect(result.strayIdentifiers).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });
});
