import { resolve } from 'node:path';
import type { DeploymentDescription, NamedValues } from '@apim-policy/engine';
import { decodeCertificate } from '@apim-policy/x509';
import type { Command } from 'commander';
import { loadNamedValues } from '../lint/named-values.js';
import { UsageError } from '../lint/usage-error.js';
import { readCertificate, readCertificates, readCrl } from './certificates.js';
import { message } from './messages.js';

/** The options `eval` and `run` share, as commander parses them. */
export interface RequestOptions {
  readonly cert?: string;
  readonly certPassword?: string;
  readonly deploymentCert: string[];
  readonly ca: string[];
  readonly crl: string[];
  readonly header: string[];
  readonly var: string[];
  readonly varJson: string[];
  readonly method?: string;
  readonly url?: string;
  readonly ip?: string;
  readonly now?: string;
  readonly namedValues?: string;
}

/** What the options describe, ready for the engine. Fields absent from the options are absent. */
export interface RequestInputs {
  readonly method?: string;
  readonly url?: string;
  readonly clientIp?: string;
  readonly headers: Readonly<Record<string, string[]>>;
  /** The client certificate's DER. */
  readonly certificate?: Uint8Array;
  readonly deployment: DeploymentDescription;
  readonly variables: Readonly<Record<string, unknown>>;
  /** Epoch milliseconds. */
  readonly now?: number;
  readonly namedValues?: NamedValues;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** Adds the request, certificate and context options to a command. */
export function addRequestOptions(command: Command): Command {
  return command
    .option('--cert <file>', "the request's client certificate: PEM, DER, or PFX (.pfx/.p12)")
    .option('--cert-password <password>', 'the password of a PFX --cert')
    .option(
      '--deployment-cert <file>',
      'an uploaded certificate (context.Deployment.Certificates); repeatable',
      collect,
      [],
    )
    .option(
      '--ca <file>',
      'a CA certificate (or PEM bundle): self-signed ones are roots, others intermediates; repeatable',
      collect,
      [],
    )
    .option('--crl <file>', 'a certificate revocation list (DER or PEM); repeatable', collect, [])
    .option(
      '--header <name:value>',
      'a request header; repeatable (a name given twice has several values)',
      collect,
      [],
    )
    .option('--var <name=value>', 'a variable of context.Variables, as a string; repeatable', collect, [])
    .option(
      '--var-json <name=json>',
      'a variable from JSON: numbers (int, long, double), true/false, null, text; repeatable',
      collect,
      [],
    )
    .option('--method <method>', 'the request method (default GET)')
    .option('--url <url>', 'the URL the client called (default https://contoso.azure-api.net/)')
    .option('--ip <address>', "the client's IP address (default 127.0.0.1)")
    .option('--now <instant>', 'the clock, ISO-8601 (default: the current time)')
    .option(
      '--named-values <file>',
      "values for {{name}}: a JSON or YAML map, or Azure's list (az apim nv list)",
    );
}

function splitAt(text: string, separator: string, code: 'bad-header' | 'bad-variable'): [string, string] {
  const at = text.indexOf(separator);
  const name = at < 0 ? '' : text.slice(0, at).trim();
  if (name === '') throw new UsageError(message(code, { value: text }));
  return [name, text.slice(at + 1)];
}

/** A JSON value as the policy sees a variable: whole numbers are `int` or `long`, others `double`. */
function variableFromJson(name: string, text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(message('bad-variable-json', { name, reason: (error as Error).message }));
  }
  if (typeof value === 'number' && Number.isInteger(value) && !/[.eE]/.test(text.trim()))
    return Math.abs(value) <= 2 ** 31 - 1 ? value : BigInt(text.trim());
  if (value !== null && typeof value === 'object')
    throw new UsageError(
      message('bad-variable-json', { name, reason: 'objects and arrays are not supported' }),
    );
  return value;
}

/** Epoch milliseconds of an ISO-8601 instant. */
export function parseNow(text: string): number {
  const value = /^\d{4}-\d{2}-\d{2}/.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(value)) throw new UsageError(message('bad-now', { value: text }));
  return value;
}

function isSelfSigned(der: Uint8Array): boolean {
  const certificate = decodeCertificate(der);
  return certificate.subjectName === certificate.issuerName;
}

/** Reads the files the options name and builds the request, deployment and context they describe. */
export async function requestInputs(options: RequestOptions, cwd: string): Promise<RequestInputs> {
  const headers: Record<string, string[]> = {};
  for (const header of options.header) {
    const [name, value] = splitAt(header, ':', 'bad-header');
    const key = Object.keys(headers).find((known) => known.toLowerCase() === name.toLowerCase()) ?? name;
    headers[key] = [...(headers[key] ?? []), value.trim()];
  }
  const variables: Record<string, unknown> = {};
  for (const variable of options.var) {
    const [name, value] = splitAt(variable, '=', 'bad-variable');
    variables[name] = value;
  }
  for (const variable of options.varJson) {
    const [name, value] = splitAt(variable, '=', 'bad-variable');
    variables[name] = variableFromJson(name, value);
  }
  const roots: Uint8Array[] = [];
  const intermediates: Uint8Array[] = [];
  for (const file of options.ca)
    for (const der of await readCertificates(cwd, file))
      (isSelfSigned(der) ? roots : intermediates).push(der);
  const certificates: Uint8Array[] = [];
  for (const file of options.deploymentCert) certificates.push(await readCertificate(cwd, file));
  const crls: (Uint8Array | string)[] = [];
  for (const file of options.crl) crls.push(await readCrl(cwd, file));
  return {
    ...(options.method === undefined ? {} : { method: options.method.toUpperCase() }),
    ...(options.url === undefined ? {} : { url: options.url }),
    ...(options.ip === undefined ? {} : { clientIp: options.ip }),
    headers,
    ...(options.cert === undefined
      ? {}
      : { certificate: await readCertificate(cwd, options.cert, options.certPassword) }),
    deployment: { certificates, ca: { roots, intermediates }, crls },
    variables,
    ...(options.now === undefined ? {} : { now: parseNow(options.now) }),
    ...(options.namedValues === undefined
      ? {}
      : { namedValues: await loadNamedValues(resolve(cwd, options.namedValues), options.namedValues) }),
  };
}
