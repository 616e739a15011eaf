import { formatIPv6, parseIPv4, parseIPv6 } from './ip-syntax.js';

/** `System.UriHostNameType`. */
export const UriHostNameType = { Unknown: 0, Basic: 1, Dns: 2, IPv4: 3, IPv6: 4 } as const;

export interface HostInfo {
  /** The host as `Uri.Host` shows it: lower case, IP addresses in canonical form, IPv6 in brackets. */
  readonly host: string;
  readonly type: number;
  /** An IPv6 scope (after `%`), unescaped, or null. */
  readonly scope: string | null;
}

const isDnsLabel = (label: string) => /^[a-z0-9_\u0080-\uffff][a-z0-9_\u0080-\uffff-]{0,62}$/.test(label);

/** Whether every label of a name is a DNS label (a final dot is allowed). */
function isDnsName(name: string): boolean {
  const labels = name.endsWith('.') ? name.slice(0, -1).split('.') : name.split('.');
  return labels.length > 0 && labels.every(isDnsLabel);
}

/** Characters a "basic" (registry-based) host may have. */
const isBasicHost = (name: string) => /^[A-Za-z0-9\-._~!$&'()*+,;=%\u0080-\uffff]+$/.test(name);

/** Reads the host of an authority, or null when it is not one .NET accepts. */
export function readHost(text: string): HostInfo | null {
  if (text.startsWith('[')) {
    if (!text.endsWith(']')) return null;
    const parts = parseIPv6(text.slice(1, -1).replace(/%25/g, '%'));
    if (parts === null) return null;
    return { host: `[${formatIPv6(parts.words)}]`, type: UriHostNameType.IPv6, scope: parts.scope };
  }
  if (/^[0-9a-fA-FxX.]+$/.test(text)) {
    const v4 = parseIPv4(text);
    if (v4 !== null) return { host: v4.join('.'), type: UriHostNameType.IPv4, scope: null };
  }
  const lower = text.toLowerCase();
  if (isDnsName(lower)) return { host: lower, type: UriHostNameType.Dns, scope: null };
  if (isBasicHost(lower)) return { host: lower, type: UriHostNameType.Basic, scope: null };
  return null;
}

/** `Uri.CheckHostName`. */
export function checkHostName(name: string | null): number {
  if (name === null || name === '') return UriHostNameType.Unknown;
  if (name.startsWith('[') ? parseIPv6(name) !== null : name.includes(':') && parseIPv6(name) !== null)
    return UriHostNameType.IPv6;
  if (/^[0-9]{1,3}(\.[0-9]{1,3}){3}$/.test(name) && name.split('.').every((p) => Number(p) <= 255))
    return UriHostNameType.IPv4;
  if (isDnsName(name.toLowerCase())) return UriHostNameType.Dns;
  return UriHostNameType.Unknown;
}
