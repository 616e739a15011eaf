import { walkBound } from '../../binder/bound-children.js';
import type { BoundExpression, BoundStatement } from '../../binder/bound-tree.js';
import type { LocalSymbol } from '../../binder/symbols.js';
import type { HelperName } from '../../runtime/helpers/index.js';
import { helpers } from '../../runtime/helpers/index.js';
import { type Code, identifier, join, js, property } from '../js-template.js';
import { recipeKey, type SlotRecipe } from '../slots.js';

/** The variables of one generated JavaScript function (the policy body, a lambda, a local function). */
export class FunctionFrame {
  #temps = 0;
  /** Locals used before (or without) a positional declaration: declared at the top. */
  readonly hoisted = new Set<number>();
  readonly declared = new Set<number>();

  constructor(readonly emitter: Emitter) {}

  /** A fresh temporary of this function. */
  temp(): Code {
    const name = identifier(`t${this.#temps++}`);
    return name;
  }

  /** `let t0, t1, l3;` for the temporaries and hoisted locals, or nothing. */
  prologue(): Code {
    const names = [
      ...Array.from({ length: this.#temps }, (_, index) => identifier(`t${index}`)),
      ...[...this.hoisted].map((id) =>
        this.emitter.cells.has(id) ? js`${identifier(`l${id}`)} = { value: null }` : identifier(`l${id}`),
      ),
    ];
    return names.length === 0 ? js`` : js`let ${join(names, ', ')};`;
  }
}

/**
 * The state of generating one expression's JavaScript: its slots, the current function, the
 * values `conditional-receiver` ids stand for, and which locals live in reference cells
 * (those passed as `ref`/`out`).
 */
export class Emitter {
  readonly recipes: SlotRecipe[] = [];
  readonly #slotIndex = new Map<string, number>();
  readonly #receivers = new Map<number, Code>();
  readonly #owners = new Map<number, FunctionFrame>();
  readonly cells = new Set<number>();
  frame: FunctionFrame;
  /**
   * The JavaScript blocks being generated in the current function, innermost last: a variable
   * first used without a declaration (a pattern, `out` or `catch` variable) is declared at the
   * start of the innermost one, so each execution of the block has its own, as in C#.
   */
  #blocks: Set<number>[] = [];

  constructor(body: BoundExpression | BoundStatement) {
    this.frame = new FunctionFrame(this);
    walkBound(body, (node) => {
      if (
        node.kind === 'call' ||
        node.kind === 'new' ||
        node.kind === 'delegate-invoke' ||
        node.kind === 'local-function-call'
      ) {
        for (const argument of node.arguments) {
          if (argument.kind === 'reference') this.cells.add(argument.variable.symbol.id);
        }
      }
    });
  }

  /** A fixed runtime helper: `h.name`. */
  helper(name: HelperName): Code {
    if (!(name in helpers)) throw new Error(`No runtime helper '${name}'`);
    return js`h${property(name)}`;
  }

  /** The slot for a recipe: `s3`. */
  slot(recipe: SlotRecipe): Code {
    const key = recipeKey(recipe);
    let index = this.#slotIndex.get(key);
    if (index === undefined) {
      index = this.recipes.length;
      this.recipes.push(recipe);
      this.#slotIndex.set(key, index);
    }
    return identifier(`s${index}`);
  }

  /** Binds a conditional-receiver id to the code that reads its value, for `body`. */
  withReceiver<T>(id: number, value: Code, body: () => T): T {
    this.#receivers.set(id, value);
    try {
      return body();
    } finally {
      this.#receivers.delete(id);
    }
  }

  receiver(id: number): Code {
    const found = this.#receivers.get(id);
    if (found === undefined) throw new Error(`No value for conditional receiver ${id}`);
    return found;
  }

  /** Runs `body` as a new JavaScript function; returns its code and its frame. */
  inFunction(body: () => Code): { code: Code; frame: FunctionFrame } {
    const outer = this.frame;
    const outerBlocks = this.#blocks;
    const frame = new FunctionFrame(this);
    this.frame = frame;
    this.#blocks = [];
    try {
      return { code: body(), frame };
    } finally {
      this.frame = outer;
      this.#blocks = outerBlocks;
    }
  }

  /** Generates a block's statements, declaring first the variables they use without a declaration. */
  inBlock(body: () => Code): Code {
    const declared = new Set<number>();
    this.#blocks.push(declared);
    let code: Code;
    try {
      code = body();
    } finally {
      this.#blocks.pop();
    }
    if (declared.size === 0) return code;
    const names = [...declared].map((id) =>
      this.cells.has(id) ? js`${identifier(`l${id}`)} = { value: null }` : identifier(`l${id}`),
    );
    return js`let ${join(names, ', ')}; ${code}`;
  }

  /** Marks a local as declared here (a positional `let`). */
  declare(local: LocalSymbol): Code {
    this.frame.declared.add(local.id);
    this.#owners.set(local.id, this.frame);
    return identifier(`l${local.id}`);
  }

  /** The code that reads a local: `l3`, or `l3.value` for a reference cell. */
  local(local: LocalSymbol): Code {
    if (!this.#owners.has(local.id)) {
      // First seen without a declaration (a pattern or `out` variable, a hidden temporary):
      // it belongs to the current function and is declared at its top.
      this.#owners.set(local.id, this.frame);
      const block = this.#blocks[this.#blocks.length - 1];
      if (block === undefined) this.frame.hoisted.add(local.id);
      else block.add(local.id);
    }
    const name = identifier(`l${local.id}`);
    return this.cells.has(local.id) ? js`${name}.value` : name;
  }

  /** The reference cell of a local passed as `ref`/`out`. */
  cell(local: LocalSymbol): Code {
    this.local(local);
    return identifier(`l${local.id}`);
  }

  /** Whether a hoisted local holds a reference cell (its declaration then creates the cell). */
  isCell(local: LocalSymbol): boolean {
    return this.cells.has(local.id);
  }

  /** The parenthesised comma expression of fragments. */
  sequence(parts: readonly Code[]): Code {
    return js`(${join(parts, ', ')})`;
  }

  /** Code for `h.tick();`, placed at loop back-edges and function entries. */
  tick(): Code {
    return js`${this.helper('tick')}();`;
  }
}

export type { Code };
