import type { LocalFunctionSymbol, LocalSymbol } from './symbols.js';

/**
 * A C# local variable declaration space: a block, a lambda, a `for`/`foreach`/`using`/`catch`
 * header, a switch section. Names resolve innermost first.
 */
export class Scope {
  readonly #locals = new Map<string, LocalSymbol | LocalFunctionSymbol>();

  constructor(
    readonly parent: Scope | null,
    /** A lambda or local function body: names of enclosing scopes are captured across it. */
    readonly isFunctionBoundary = false,
  ) {}

  /** Declares a name here; returns the clashing symbol when the name is taken here or outside. */
  declare(symbol: LocalSymbol | LocalFunctionSymbol): LocalSymbol | LocalFunctionSymbol | null {
    // C# forbids a local to share its name with a local of an enclosing scope (CS0136).
    const clash = this.lookup(symbol.name);
    if (clash !== null) return clash;
    this.#locals.set(symbol.name, symbol);
    return null;
  }

  /** Declares without the clash check (hidden compiler temporaries). */
  declareHidden(symbol: LocalSymbol): void {
    this.#locals.set(`<hidden ${symbol.id}>`, symbol);
  }

  lookup(name: string): LocalSymbol | LocalFunctionSymbol | null {
    for (let scope: Scope | null = this; scope !== null; scope = scope.parent) {
      const found = scope.#locals.get(name);
      if (found !== undefined) return found;
    }
    return null;
  }

  /** Whether a name is declared in this very scope. */
  has(name: string): boolean {
    return this.#locals.has(name);
  }
}
