import type { LocalSymbol } from '../../binder/symbols.js';
import type { Reference } from '../../runtime/values.js';
import type { ClosureCompiler } from './context.js';
import { cellAt, type Evaluator, type Frame, outer } from './frame.js';
import type { ScopeLayout } from './layout.js';

/** Stores a value into a variable. */
export type Store = (frame: Frame, value: unknown) => void;

/** Reads a local (of this function or an enclosing one). */
export function readLocal(c: ClosureCompiler, symbol: LocalSymbol): Evaluator {
  const { fn, slot, celled } = c.layout.local(symbol);
  const depth = c.depthOf(fn);
  if (depth === 0) return celled ? (frame) => cellAt(frame, slot).value : (frame) => frame.values[slot];
  if (!celled) throw new Error(`Local ${symbol.id} of an enclosing function is not in a cell`);
  return (frame) => cellAt(outer(frame, depth), slot).value;
}

/** Writes a local. */
export function writeLocal(c: ClosureCompiler, symbol: LocalSymbol): Store {
  const { fn, slot, celled } = c.layout.local(symbol);
  const depth = c.depthOf(fn);
  if (depth === 0) {
    return celled
      ? (frame, value) => {
          cellAt(frame, slot).value = value;
        }
      : (frame, value) => {
          frame.values[slot] = value;
        };
  }
  if (!celled) throw new Error(`Local ${symbol.id} of an enclosing function is not in a cell`);
  return (frame, value) => {
    cellAt(outer(frame, depth), slot).value = value;
  };
}

/** The `Reference` of a local passed as `ref`/`out`. */
export function cellOf(c: ClosureCompiler, symbol: LocalSymbol): (frame: Frame) => Reference {
  const { fn, slot, celled } = c.layout.local(symbol);
  if (!celled) throw new Error(`Local ${symbol.id} passed by reference is not in a cell`);
  const depth = c.depthOf(fn);
  return depth === 0 ? (frame) => cellAt(frame, slot) : (frame) => cellAt(outer(frame, depth), slot);
}

/** Sets the value a `conditional-receiver` id stands for (always in the current function). */
export function storeReceiver(c: ClosureCompiler, id: number): Store {
  const { fn, slot } = c.layout.receiver(id);
  if (c.depthOf(fn) !== 0) throw new Error(`Conditional receiver ${id} is set outside its function`);
  return (frame, value) => {
    frame.receivers[slot] = value;
  };
}

/** Reads the value of a `conditional-receiver` id. */
export function readReceiver(c: ClosureCompiler, id: number): Evaluator {
  const { fn, slot } = c.layout.receiver(id);
  const depth = c.depthOf(fn);
  return depth === 0 ? (frame) => frame.receivers[slot] : (frame) => outer(frame, depth).receivers[slot];
}

/** Creates the fresh cells of a scope on entry; null when it has none. */
export function scopeEntry(scope: ScopeLayout): ((frame: Frame) => void) | null {
  const fresh = scope.fresh;
  if (fresh.length === 0) return null;
  if (fresh.length === 1) {
    const slot = fresh[0]!;
    return (frame) => {
      frame.values[slot] = { value: null } satisfies Reference;
    };
  }
  return (frame) => {
    for (const slot of fresh) frame.values[slot] = { value: null } satisfies Reference;
  };
}
