import { xmlException } from './xml-exception.js';
import { XML_NAMESPACE, XMLNS_NAMESPACE } from './xml-namespaces.js';

/** How a namespace binding of the writer came about (`XmlWellFormedWriter.NamespaceKind`). */
type Kind = 'written' | 'needToWrite' | 'implied' | 'special';

interface Binding {
  readonly prefix: string;
  readonly uri: string;
  kind: Kind;
}

/**
 * The namespace bindings of `XmlWellFormedWriter`: what each start tag declares, explicitly
 * (`xmlns` attributes) or implicitly (a name in a namespace no declaration in scope binds),
 * and the `p1`, `p2`, ... prefixes it makes up for attributes.
 */
export class WriterNamespaces {
  readonly #stack: Binding[] = [
    { prefix: 'xmlns', uri: XMLNS_NAMESPACE, kind: 'special' },
    { prefix: 'xml', uri: XML_NAMESPACE, kind: 'special' },
    { prefix: '', uri: '', kind: 'implied' },
  ];
  readonly #scopeStarts: number[] = [];

  constructor(readonly omitDuplicates: boolean) {}

  get #scopeStart(): number {
    return this.#scopeStarts[this.#scopeStarts.length - 1] ?? 0;
  }

  pushScope(): void {
    this.#scopeStarts.push(this.#stack.length);
  }

  popScope(): void {
    this.#stack.length = this.#scopeStarts.pop() ?? 3;
  }

  /** The prefix bound to `uri` and not hidden by an inner binding, or null. */
  lookupPrefix(uri: string): string | null {
    for (let i = this.#stack.length - 1; i >= 0; i--) {
      const binding = this.#stack[i]!;
      if (binding.uri !== uri) continue;
      for (let j = this.#stack.length - 1; j > i; j--)
        if (this.#stack[j]!.prefix === binding.prefix) return null;
      return binding.prefix;
    }
    return null;
  }

  #indexOf(prefix: string): number {
    for (let i = this.#stack.length - 1; i >= 0; i--) if (this.#stack[i]!.prefix === prefix) return i;
    return -1;
  }

  lookupNamespace(prefix: string): string | null {
    const index = this.#indexOf(prefix);
    return index < 0 ? null : this.#stack[index]!.uri;
  }

  /** The namespace the current start tag binds `prefix` to, or null. */
  lookupLocalNamespace(prefix: string): string | null {
    const index = this.#indexOf(prefix);
    return index >= this.#scopeStart ? this.#stack[index]!.uri : null;
  }

  /** `GeneratePrefix`: `p` and the number of bindings, made unique. */
  generatePrefix(): string {
    const base = `p${this.#stack.length - 3}`;
    if (this.lookupNamespace(base) === null) return base;
    for (let i = 0; ; i++) if (this.lookupNamespace(`${base}${i}`) === null) return `${base}${i}`;
  }

  /** Binds `prefix` to `uri` for a name the start tag uses (`PushNamespaceImplicit`). */
  pushImplicit(prefix: string, uri: string): void {
    const index = this.#indexOf(prefix);
    let kind: Kind = 'needToWrite';
    if (index >= 0) {
      const existing = this.#stack[index]!;
      if (index >= this.#scopeStart) {
        if (existing.uri !== uri) throw redefined(prefix, existing.uri, uri);
        return;
      }
      kind = existing.uri === uri ? 'implied' : 'needToWrite';
    }
    this.#stack.push({ prefix, uri, kind });
  }

  /** Binds `prefix` for an `xmlns` attribute; false when the declaration is not to be written. */
  pushExplicit(prefix: string, uri: string): boolean {
    const index = this.#indexOf(prefix);
    if (index >= this.#scopeStart && index >= 0) {
      const existing = this.#stack[index]!;
      if (existing.uri !== uri) throw redefined(prefix, existing.uri, uri);
      // An implied binding repeats the one in scope outside: with OmitDuplicates it is not written.
      if (this.omitDuplicates && existing.kind === 'implied') return false;
      existing.kind = 'written';
      return true;
    }
    if (this.omitDuplicates && index >= 0 && this.#stack[index]!.uri === uri) {
      this.#stack.push({ prefix, uri, kind: 'implied' });
      return false;
    }
    this.#stack.push({ prefix, uri, kind: 'written' });
    return true;
  }

  /** The declarations the current start tag still has to write: the latest first, as .NET writes them. */
  pendingDeclarations(): { prefix: string; uri: string }[] {
    return this.#stack
      .slice(this.#scopeStart)
      .filter((binding) => binding.kind === 'needToWrite')
      .reverse();
  }
}

function redefined(prefix: string, from: string, to: string) {
  return xmlException(
    `The prefix '${prefix}' cannot be redefined from '${from}' to '${to}' within the same start element tag.`,
  );
}
