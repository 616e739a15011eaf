import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sarifValidator } from './test-support/sarif-schema.js';

// These tests run the built binary, as `npx apim-policy` would: `pnpm test` builds first.
const BIN = fileURLToPath(new URL('../../dist/bin.cjs', import.meta.url));
const FIXTURES = fileURLToPath(new URL('./__fixtures__/', import.meta.url));

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function lint(
  args: readonly string[],
  options: { input?: string; env?: Record<string, string>; cwd?: string } = {},
): Run {
  const { NO_COLOR: _noColor, FORCE_COLOR: _forceColor, ...env } = process.env;
  const run = spawnSync(process.execPath, [BIN, 'lint', ...args], {
    cwd: options.cwd ?? FIXTURES,
    encoding: 'utf8',
    input: options.input ?? '',
    env: { ...env, ...options.env },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

interface JsonReport {
  files: {
    path: string;
    diagnostics: {
      severity: string;
      rule: string;
      message: string;
      line: number;
      column: number;
      endLine: number;
      endColumn: number;
    }[];
  }[];
}

function json(
  args: readonly string[],
  options: { input?: string; cwd?: string } = {},
): { status: number | null; report: JsonReport } {
  const run = lint([...args, '--format', 'json'], options);
  expect(run.stderr).toBe('');
  return { status: run.status, report: JSON.parse(run.stdout) as JsonReport };
}

function rules(report: JsonReport): string[] {
  return report.files.flatMap((file) => file.diagnostics.map((diagnostic) => diagnostic.rule));
}

// A tree with node_modules and .git, which git would not keep as fixtures.
let tree: string;

beforeAll(() => {
  if (!existsSync(BIN)) {
    throw new Error(
      `${BIN} is missing: build the CLI first (npx --yes pnpm@10 --filter @apim-policy/cli... run build)`,
    );
  }
  tree = mkdtempSync(join(tmpdir(), 'apim-policy-lint-'));
  for (const [from, to] of [
    ['clean/api.xml', 'apis/a/policy.xml'],
    ['errors/api.xml', 'node_modules/pkg/broken.xml'],
    ['errors/api.xml', '.git/broken.xml'],
  ] as const) {
    mkdirSync(join(tree, to, '..'), { recursive: true });
    copyFileSync(join(FIXTURES, from), join(tree, to));
  }
});

afterAll(() => {
  rmSync(tree, { recursive: true, force: true });
});

describe('apim-policy lint (the built binary)', () => {
  it('exits 0 and prints nothing for a clean policy', () => {
    expect(lint(['clean/api.xml'])).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('exits 1 on an error, with a stylish report and its code frame', () => {
    const run = lint(['errors/api.xml']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('errors/api.xml\n');
    expect(run.stdout).toMatch(
      / {2}4:32 {2}error {2}'sometimes' is not a valid value .* {2}invalid-attribute-value\n/,
    );
    expect(run.stdout).toContain('> 4 |     <set-header name="X-Trace" exists-action="sometimes">');
    expect(run.stdout).toContain('|                                ^^^^^^^^^^^^^^^^^^^^^^^^^');
    expect(run.stdout).toContain('✖ 1 problem (1 error, 0 warnings)');
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('colours only when asked or forced', () => {
    expect(lint(['errors/api.xml', '--color']).stdout).toContain('\u001b[31m');
    expect(lint(['errors/api.xml'], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[31m');
    expect(lint(['errors/api.xml', '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain(
      '\u001b[',
    );
  });

  it('prints the json document with 1-based columns', () => {
    const { status, report } = json(['errors/api.xml']);
    expect(status).toBe(1);
    expect(report).toEqual({
      files: [
        {
          path: 'errors/api.xml',
          diagnostics: [
            {
              severity: 'error',
              rule: 'invalid-attribute-value',
              message: expect.stringContaining("'sometimes' is not a valid value"),
              line: 4,
              column: 32,
              endLine: 4,
              endColumn: 57,
            },
          ],
        },
      ],
    });
  });

  it('prints a SARIF 2.1.0 log that validates against the schema', () => {
    const run = lint(['errors/api.xml', 'warnings/api.xml', '--format', 'sarif']);
    expect(run.status).toBe(1);
    const log = JSON.parse(run.stdout);
    expect(sarifValidator()(log)).toEqual([]);
    const [sarifRun] = log.runs;
    expect(sarifRun.tool.driver.name).toBe('apim-policy');
    expect(sarifRun.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual([
      'invalid-attribute-value',
      'unresolved-named-value',
    ]);
    expect(sarifRun.results[0].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'errors/api.xml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 4, startColumn: 32, endLine: 4, endColumn: 57 },
    });
    expect(sarifRun.results.map((result: { level: string }) => result.level)).toEqual([
      'error',
      'warning',
      'warning',
    ]);
  });

  it('prints GitHub workflow commands', () => {
    const run = lint(['errors/api.xml', 'warnings/api.xml', '--format', 'github']);
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      /^::error file=errors\/api.xml,line=4,col=32,endLine=4,endColumn=57,title=invalid-attribute-value::'sometimes'/,
    );
    expect(lines[1]).toBe(
      "::warning file=warnings/api.xml,line=5,col=14,endLine=5,endColumn=25,title=unresolved-named-value::The named value '{{api-key}}' has no value",
    );
  });

  it('keeps unresolved named values as warnings: exit 0, unless over --max-warnings', () => {
    const { status, report } = json(['warnings/api.xml']);
    expect(status).toBe(0);
    expect(rules(report)).toEqual(['unresolved-named-value', 'unresolved-named-value']);
    expect(lint(['warnings/api.xml', '--max-warnings', '2']).status).toBe(0);
    const over = lint(['warnings/api.xml', '--max-warnings', '1']);
    expect(over.status).toBe(1);
    expect(over.stderr).toBe('Too many warnings: 2, the maximum is 1.\n');
  });

  it('reports errors only with --quiet', () => {
    expect(lint(['warnings/api.xml', '--quiet'])).toEqual({ status: 0, stdout: '', stderr: '' });
    const { report } = json(['warnings/api.xml', 'errors/api.xml', '--quiet']);
    expect(rules(report)).toEqual(['invalid-attribute-value']);
  });

  it('applies --rule over the defaults', () => {
    const downgraded = json(['errors/api.xml', '--rule', 'invalid-attribute-value=warning']);
    expect(downgraded.status).toBe(0);
    expect(downgraded.report.files[0]?.diagnostics[0]?.severity).toBe('warning');
    expect(
      json(['warnings/api.xml', '--rule', 'unresolved-named-value=off']).report.files[0]?.diagnostics,
    ).toEqual([]);
  });

  it('honours disable-next-line comments for the rules they name', () => {
    const { status, report } = json(['disable/api.xml']);
    expect(status).toBe(1);
    expect(report.files[0]?.diagnostics.map((d) => `${d.line} ${d.rule}`)).toEqual([
      '7 invalid-attribute-value',
    ]);
  });

  it('finds apim-policy.config.json upward, its paths relative to it', () => {
    const { status, report } = json(['configured/apis/echo/policy.xml']);
    // The rule is a warning there; the named value and the fragment resolve from the config's files.
    expect(status).toBe(0);
    expect(report.files[0]?.diagnostics.map((d) => `${d.severity} ${d.rule}`)).toEqual([
      'warning invalid-attribute-value',
    ]);
  });

  it('uses --config instead of the files found upward, and --rule over it', () => {
    const configured = json(['errors/api.xml', '--config', 'configured/apim-policy.config.json']);
    expect(configured.status).toBe(0);
    expect(configured.report.files[0]?.diagnostics[0]?.severity).toBe('warning');
    const overridden = json([
      'errors/api.xml',
      '--config',
      'configured/apim-policy.config.json',
      '--rule',
      'invalid-attribute-value=error',
    ]);
    expect(overridden.status).toBe(1);
  });

  it('exits 2 on an invalid configuration, listing its problems', () => {
    const run = lint(['invalid-config/api.xml']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain("The configuration 'invalid-config/apim-policy.config.json' is invalid:");
    expect(run.stderr).toContain('invalid-config/apim-policy.config.json: colour: no such setting');
    expect(run.stderr).toContain(
      'rules.invalid-attribute-value: must be one of error, warning, info, off, not "fatal"',
    );
  });

  it('lints every .xml of a directory, skipping node_modules and .git', () => {
    const { status, report } = json(['.'], { cwd: tree });
    expect(status).toBe(0);
    expect(report.files.map((file) => file.path)).toEqual(['apis/a/policy.xml']);
  });

  it('expands globs', () => {
    const { report } = json(['{clean,errors}/*.xml']);
    expect(report.files.map((file) => file.path)).toEqual(['clean/api.xml', 'errors/api.xml']);
  });

  it("reads standard input for '-', named by --stdin-filename", () => {
    const input = '<policies><inbound><set-header name="x" exists-action="never" /></inbound></policies>';
    const named = json(['-', '--stdin-filename', 'apis/echo.xml'], { input });
    expect(named.status).toBe(1);
    expect(named.report.files.map((file) => `${file.path} ${rules({ files: [file] })}`)).toEqual([
      'apis/echo.xml invalid-attribute-value',
    ]);
    expect(json(['-'], { input }).report.files[0]?.path).toBe('<stdin>');
  });

  it.each(['values.json', 'values.yaml', 'azure-list.json'])('reads named values from %s', (file) => {
    const { status, report } = json(['named-values/policy.xml', '--named-values', `named-values/${file}`]);
    expect(status).toBe(0);
    expect(report.files[0]?.diagnostics).toEqual([]);
  });

  it('reads fragments from --fragments: <id>.xml and <id>/policy.xml; an unknown one is an error', () => {
    expect(
      json(['fragments/policy.xml', '--fragments', 'fragments/dir']).report.files[0]?.diagnostics,
    ).toEqual([]);
    const unknown = json(['fragments/unknown.xml', '--fragments', 'fragments/dir']);
    expect(unknown.status).toBe(1);
    expect(unknown.report.files[0]?.diagnostics[0]).toMatchObject({
      severity: 'error',
      rule: 'unknown-fragment',
      message: "No policy fragment has the id 'rate-limits'",
      line: 4,
    });
    // Without a fragments directory, fragment ids are not checked.
    expect(json(['fragments/unknown.xml']).report.files[0]?.diagnostics).toEqual([]);
  });

  it('exits 2 for a missing file, a pattern that matches nothing and bad option values', {
    timeout: 60_000,
  }, () => {
    expect(lint(['missing.xml'])).toEqual({
      status: 2,
      stdout: '',
      stderr: "apim-policy lint: 'missing.xml' does not exist.\n",
    });
    expect(lint(['nothing/**/*.xml']).stderr).toBe("apim-policy lint: No file matches 'nothing/**/*.xml'.\n");
    expect(lint(['clean/api.xml', '--format', 'xml']).status).toBe(2);
    expect(lint(['clean/api.xml', '--rule', 'missing-base']).status).toBe(2);
    expect(lint(['clean/api.xml', '--max-warnings', 'many']).status).toBe(2);
    expect(lint(['clean/api.xml', '--scope', 'tenant']).status).toBe(2);
    expect(lint(['clean/api.xml', '--named-values', 'none.json']).stderr).toBe(
      "apim-policy lint: Cannot read 'none.json': no such file or directory (ENOENT).\n",
    );
    expect(lint(['clean/api.xml', '--unknown-option']).status).toBe(2);
    const misspelt = lint(['clean/api.xml', '--rule', 'thumbprint-litral=off']);
    expect(misspelt.status).toBe(2);
    expect(misspelt.stderr).toContain("did you mean 'thumbprint-literal'?");
  });

  it('shows examples in --help', () => {
    const run = lint(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: apim-policy lint [options] [paths...]');
    expect(run.stdout).toContain('Examples:');
  });

  it('ends quietly when its reader stops early (a closed pipe)', () => {
    // `head -c 1` reads one byte and closes the pipe while the help is still being written.
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" lint --help | head -c 1`], {
      cwd: FIXTURES,
      encoding: 'utf8',
    });
    expect(run.stderr).not.toContain('EPIPE');
    expect(run.stdout).toHaveLength(1);
  });
});
