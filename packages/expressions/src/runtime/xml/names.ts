import { argument, argumentNull } from '../exceptions.js';
import { DOTNET_TYPE } from '../values.js';
import { isNCNameChar, isStartNCNameChar } from './xml-chars.js';
import { argumentNullWithMessage } from './xml-errors.js';
import { charExceptionArgs, formatRes, Res, xmlException } from './xml-exception.js';
import { XML_NAMESPACE, XMLNS_NAMESPACE } from './xml-namespaces.js';

/** A string hash for `GetHashCode` (stable within a run, as .NET's is within a process). */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash | 0;
}

/**
 * `XmlConvert.VerifyNCName`: a local name must be a non-empty name without a colon. The error
 * is an `XmlException` without line information (an `ArgumentNullException` for the empty name).
 */
export function verifyNCName(name: string): string {
  if (name.length === 0)
    throw argumentNullWithMessage('name', "The empty string '' is not a valid local name.");
  let index = 0;
  if (isStartNCNameChar(name.charCodeAt(0))) {
    index = 1;
    while (index < name.length && isNCNameChar(name.charCodeAt(index))) index++;
  }
  if (index !== name.length) {
    const template = index === 0 ? Res.BadStartNameChar : Res.BadNameChar;
    const next = index + 1 < name.length ? name.charCodeAt(index + 1) : 0;
    throw xmlException(formatRes(template, charExceptionArgs(name.charCodeAt(index), next)));
  }
  return name;
}

/**
 * `System.Xml.Linq.XNamespace`: a namespace name, interned, so that namespaces compare by
 * reference as in .NET. Each namespace interns its `XName`s.
 */
export class XNamespace {
  static readonly [DOTNET_TYPE] = 'System.Xml.Linq.XNamespace';
  static readonly #table = new Map<string, XNamespace>();
  static readonly None = new XNamespace('');
  static readonly Xml = new XNamespace(XML_NAMESPACE);
  static readonly Xmlns = new XNamespace(XMLNS_NAMESPACE);

  readonly #names = new Map<string, XName>();

  private constructor(readonly NamespaceName: string) {
    XNamespace.#table.set(NamespaceName, this);
  }

  /** `XNamespace.Get(namespaceName)`: the one namespace of that name. */
  static Get(namespaceName: string | null): XNamespace {
    if (namespaceName === null) throw argumentNull('namespaceName');
    return XNamespace.#table.get(namespaceName) ?? new XNamespace(namespaceName);
  }

  /** `GetName(localName)`: the one name of that local name in this namespace. */
  GetName(localName: string | null): XName {
    if (localName === null) throw argumentNull('localName');
    let name = this.#names.get(localName);
    if (name === undefined) {
      name = new XName(this, verifyNCName(localName));
      this.#names.set(localName, name);
    }
    return name;
  }

  ToString(): string {
    return this.NamespaceName;
  }

  Equals(other: unknown): boolean {
    return this === other;
  }

  GetHashCode(): number {
    return hashOf(this.NamespaceName);
  }
}

/** `System.Xml.Linq.XName`: a local name in a namespace, interned (compared by reference). */
export class XName {
  static readonly [DOTNET_TYPE] = 'System.Xml.Linq.XName';

  /** Use `XNamespace.GetName` or `XName.Get`, which intern. */
  constructor(
    readonly Namespace: XNamespace,
    readonly LocalName: string,
  ) {}

  get NamespaceName(): string {
    return this.Namespace.NamespaceName;
  }

  /** `XName.Get(expandedName)`: `local` or `{namespace}local`. */
  static Get(expandedName: string | null): XName {
    if (expandedName === null) throw argumentNull('expandedName');
    const invalid = () => argument(formatRes("'{0}' is an invalid expanded name.", [expandedName]));
    if (expandedName.length === 0) throw invalid();
    if (expandedName.charCodeAt(0) === 0x7b) {
      const close = expandedName.lastIndexOf('}');
      if (close <= 1 || close === expandedName.length - 1) throw invalid();
      return XNamespace.Get(expandedName.slice(1, close)).GetName(expandedName.slice(close + 1));
    }
    return XNamespace.None.GetName(expandedName);
  }

  /** `XName.Get(localName, namespaceName)`. */
  static GetIn(localName: string | null, namespaceName: string | null): XName {
    return XNamespace.Get(namespaceName).GetName(localName);
  }

  ToString(): string {
    const ns = this.Namespace.NamespaceName;
    return ns.length === 0 ? this.LocalName : `{${ns}}${this.LocalName}`;
  }

  Equals(other: unknown): boolean {
    return this === other;
  }

  GetHashCode(): number {
    return hashOf(this.ToString());
  }
}

/** The implicit conversion from string: null stays null. */
export function nameFromString(expandedName: string | null): XName | null {
  return expandedName === null ? null : XName.Get(expandedName);
}

/** The implicit conversion from string to `XNamespace`: null stays null. */
export function namespaceFromString(namespaceName: string | null): XNamespace | null {
  return namespaceName === null ? null : XNamespace.Get(namespaceName);
}

/** `XNamespace + string`. */
export function addName(ns: XNamespace | null, localName: string | null): XName {
  if (ns === null) throw argumentNull('ns');
  return ns.GetName(localName);
}
