/**
 * What `System.Uri` knows of a scheme: its default port, whether it needs `//` and an authority,
 * and whether its paths take `\` for `/` and have dot segments removed. Unknown schemes have no
 * default port; with `//` they get an authority and dot-segment removal, without it an opaque path.
 */
export interface SchemeSyntax {
  readonly port: number;
  /** The scheme requires `//authority`. */
  readonly authority: boolean;
  /** Backslashes in the path are slashes. */
  readonly slashes: boolean;
}

const known: Readonly<Record<string, SchemeSyntax>> = {
  http: { port: 80, authority: true, slashes: true },
  https: { port: 443, authority: true, slashes: true },
  ws: { port: 80, authority: true, slashes: true },
  wss: { port: 443, authority: true, slashes: true },
  ftp: { port: 21, authority: true, slashes: true },
  gopher: { port: 70, authority: true, slashes: false },
  nntp: { port: 119, authority: true, slashes: false },
  telnet: { port: 23, authority: true, slashes: false },
  ldap: { port: 389, authority: true, slashes: false },
  'net.tcp': { port: 808, authority: true, slashes: false },
  'net.pipe': { port: -1, authority: true, slashes: false },
  file: { port: -1, authority: true, slashes: true },
  mailto: { port: 25, authority: false, slashes: false },
  news: { port: -1, authority: false, slashes: false },
};

export function schemeSyntax(scheme: string): SchemeSyntax | undefined {
  return known[scheme];
}

/** A scheme name: a letter, then letters, digits, `+`, `-` or `.`. */
export function isSchemeName(text: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*$/.test(text);
}
