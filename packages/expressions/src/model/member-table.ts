import type { MemberDeclaration } from './declaration.js';
import type {
  ConstructorSymbol,
  FieldSymbol,
  IndexerSymbol,
  MemberSymbol,
  MemberTable,
  MethodSymbol,
  OperatorSymbol,
} from './type-definition.js';

/** A member as a type declares it: its signature text, not yet parsed. */
export interface DeclaredMember {
  readonly signature: string;
  readonly declaration: MemberDeclaration;
}

/**
 * The member table of one type, each signature parsed the first time a lookup may need it.
 *
 * A lookup of `Name` parses only the signatures whose text holds the word `Name` (a member's
 * name is one of its signature's tokens), then keeps those whose parsed name it is: a superset
 * narrowed by the parser, so a lookup finds exactly what building the whole table finds, in the
 * same order. Constructors, indexers and operators are found the same way by `new`, `this` and
 * `operator`. Iterating a map builds every symbol. Each signature is parsed once, so a symbol is
 * the same object whichever lookup found it.
 */
export class LazyMemberTable implements MemberTable {
  readonly byName: ReadonlyMap<string, readonly MemberSymbol[]>;
  readonly extensions: ReadonlyMap<string, readonly MethodSymbol[]>;
  readonly #declared: readonly DeclaredMember[];
  readonly #build: (member: DeclaredMember) => MemberSymbol;
  readonly #symbols: (MemberSymbol | undefined)[];
  readonly #enumFields: readonly FieldSymbol[];
  #constructors: readonly ConstructorSymbol[] | undefined;
  #indexers: readonly IndexerSymbol[] | undefined;
  #operators: readonly OperatorSymbol[] | undefined;

  /** `enumFields` (an enum's values) are named members after the declared ones. */
  constructor(
    declared: readonly DeclaredMember[],
    build: (member: DeclaredMember) => MemberSymbol,
    enumFields: readonly FieldSymbol[],
  ) {
    this.#declared = declared;
    this.#build = build;
    this.#symbols = new Array<MemberSymbol | undefined>(declared.length);
    this.#enumFields = enumFields;
    this.byName = new MemberGroups<MemberSymbol>(
      (name) => [
        ...this.#withWord(name).filter((symbol) => symbol.name === name && isNamed(symbol)),
        ...enumFields.filter((field) => field.name === name),
      ],
      () => this.all().filter(isNamed),
    );
    this.extensions = new MemberGroups<MethodSymbol>(
      (name) =>
        this.#withWord(name)
          .filter(isExtension)
          .filter((symbol) => symbol.name === name),
      () => this.all().filter(isExtension),
    );
  }

  get constructors(): readonly ConstructorSymbol[] {
    this.#constructors ??= this.#withWord('new').filter(
      (symbol): symbol is ConstructorSymbol => symbol.kind === 'constructor',
    );
    return this.#constructors;
  }

  get indexers(): readonly IndexerSymbol[] {
    this.#indexers ??= this.#withWord('this').filter(
      (symbol): symbol is IndexerSymbol => symbol.kind === 'indexer',
    );
    return this.#indexers;
  }

  get operators(): readonly OperatorSymbol[] {
    this.#operators ??= this.#withWord('operator').filter(
      (symbol): symbol is OperatorSymbol => symbol.kind === 'operator',
    );
    return this.#operators;
  }

  /** Every symbol, declared ones in declaration order, then the enum's fields. */
  all(): readonly MemberSymbol[] {
    return [...this.#declared.map((_, index) => this.#symbol(index)), ...this.#enumFields];
  }

  /** The symbols of the signatures that hold `word` as a whole word, in declaration order. */
  #withWord(word: string): MemberSymbol[] {
    const found: MemberSymbol[] = [];
    for (let index = 0; index < this.#declared.length; index++) {
      if (holdsWord(this.#declared[index]!.signature, word)) found.push(this.#symbol(index));
    }
    return found;
  }

  #symbol(index: number): MemberSymbol {
    let symbol = this.#symbols[index];
    if (symbol === undefined) {
      symbol = this.#build(this.#declared[index]!);
      this.#symbols[index] = symbol;
    }
    return symbol;
  }
}

/** Methods (not extension methods), properties and fields: the members looked up by name. */
function isNamed(symbol: MemberSymbol): boolean {
  switch (symbol.kind) {
    case 'method':
      return !symbol.isExtension;
    case 'property':
    case 'field':
      return true;
    default:
      return false;
  }
}

function isExtension(symbol: MemberSymbol): symbol is MethodSymbol {
  return symbol.kind === 'method' && symbol.isExtension;
}

/** Whether `word` occurs in `text` with no identifier character on either side. */
function holdsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isIdentifierChar(text.charCodeAt(at - 1)) && !isIdentifierChar(text.charCodeAt(at + word.length)))
      return true;
  }
  return false;
}

function isIdentifierChar(code: number): boolean {
  // NaN (before the start, after the end) is no identifier character.
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    code === 0x5f ||
    code === 0x40 ||
    code > 0x7f
  );
}

/**
 * Members grouped by name, each group found by `find` when first asked for; iterating builds
 * them all. A name without members has no entry (`get` gives undefined), as in a `Map`.
 */
class MemberGroups<T extends MemberSymbol> implements ReadonlyMap<string, readonly T[]> {
  readonly #find: (name: string) => T[];
  readonly #members: () => readonly T[];
  readonly #groups = new Map<string, readonly T[] | null>();
  #all: Map<string, readonly T[]> | undefined;

  /** `find`: the members named `name`; `members`: every member of the map, in order. */
  constructor(find: (name: string) => T[], members: () => readonly T[]) {
    this.#find = find;
    this.#members = members;
  }

  get(name: string): readonly T[] | undefined {
    let group = this.#groups.get(name);
    if (group === undefined) {
      const found = this.#find(name);
      group = found.length === 0 ? null : found;
      this.#groups.set(name, group);
    }
    return group ?? undefined;
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  get size(): number {
    return this.#complete().size;
  }

  keys(): MapIterator<string> {
    return this.#complete().keys();
  }

  values(): MapIterator<readonly T[]> {
    return this.#complete().values();
  }

  entries(): MapIterator<[string, readonly T[]]> {
    return this.#complete().entries();
  }

  [Symbol.iterator](): MapIterator<[string, readonly T[]]> {
    return this.entries();
  }

  forEach(
    callback: (value: readonly T[], key: string, map: ReadonlyMap<string, readonly T[]>) => void,
  ): void {
    for (const [key, value] of this.#complete()) callback(value, key, this);
  }

  /** Every group, in the order of each name's first member. */
  #complete(): Map<string, readonly T[]> {
    if (this.#all === undefined) {
      this.#all = new Map();
      for (const { name } of this.#members()) {
        if (this.#all.has(name)) continue;
        const group = this.get(name);
        if (group === undefined) throw new Error(`The member ${name} was not found by its name`);
        this.#all.set(name, group);
      }
    }
    return this.#all;
  }
}
