import type { BoundPolicyExpression } from '../../binder/bound-tree.js';
import type { Frame } from './frame.js';
import { type FunctionLayout, Layout } from './layout.js';
import { SlotCache } from './slot-cache.js';

/** A compiled function body: runs an invocation whose frame is ready, returns its value. */
export type FunctionBody = (frame: Frame) => unknown;

/** A function of the expression once compiled: how to invoke it on a parent frame. */
export interface CompiledFunction {
  readonly layout: FunctionLayout;
  /** Creates the invocation's frame on `parent`, binds the arguments, runs the body. */
  invoke(parent: Frame | null, context: unknown, args: ArrayLike<unknown>): unknown;
}

/**
 * The state of compiling one expression to closures: its slots, where its variables live, the
 * function being compiled, and the local functions (filled in when their declarations are
 * compiled; calls may come first).
 */
export class ClosureCompiler {
  readonly slots = new SlotCache();
  readonly layout: Layout;
  fn: FunctionLayout;
  readonly #localFunctions = new Map<number, { compiled: CompiledFunction | null }>();

  constructor(bound: BoundPolicyExpression) {
    this.layout = new Layout(bound);
    this.fn = this.layout.root;
  }

  /** Compiles `body` as the code of another function. */
  inFunction<T>(fn: FunctionLayout, body: () => T): T {
    const outer = this.fn;
    this.fn = fn;
    try {
      return body();
    } finally {
      this.fn = outer;
    }
  }

  /** The holder of a local function, whose `compiled` is set when its declaration is compiled. */
  localFunction(id: number): { compiled: CompiledFunction | null } {
    let holder = this.#localFunctions.get(id);
    if (holder === undefined) {
      holder = { compiled: null };
      this.#localFunctions.set(id, holder);
    }
    return holder;
  }

  /** How many functions out from the current one `fn` is. */
  depthOf(fn: FunctionLayout): number {
    const depth = this.fn.depth - fn.depth;
    if (depth < 0) throw new Error('A variable of an inner function used outside it');
    return depth;
  }
}
