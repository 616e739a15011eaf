import type { Reference } from '../../runtime/values.js';

/**
 * The variables of one invocation of a function of the expression (the policy body, a lambda,
 * a local function). Each local has a slot in `values` of the frame of the function that owns
 * it: the value itself, or, for a local that nested functions use or that is passed as
 * `ref`/`out`, a `Reference` cell created afresh each time the local's scope is entered.
 * `receivers` hold the values `conditional-receiver` ids stand for.
 */
export class Frame {
  /** The value of the last `return` executed in this invocation (see `RETURN`). */
  result: unknown = undefined;

  constructor(
    /** The frame of the enclosing function (a frozen snapshot for lambdas), or null at the root. */
    readonly parent: Frame | null,
    /** The expression's `context`. */
    readonly context: unknown,
    readonly values: unknown[],
    readonly receivers: unknown[],
    /** A snapshot taken for a lambda: its slots are never replaced. */
    readonly frozen: boolean,
  ) {}

  /** The frame of a new invocation of a function with `slots` locals and `receivers` receiver slots. */
  static create(parent: Frame | null, context: unknown, slots: number, receivers: number): Frame {
    return new Frame(parent, context, new Array<unknown>(slots), new Array<unknown>(receivers), false);
  }
}

/**
 * The frames a lambda sees when it is created: the current cells of every enclosing function,
 * so that a later re-entry of a scope (the next loop iteration) does not change what the
 * lambda captured. Frozen frames are shared; receivers are shared as temporaries are.
 */
export function snapshot(frame: Frame): Frame {
  if (frame.frozen) return frame;
  const parent = frame.parent === null ? null : snapshot(frame.parent);
  return new Frame(parent, frame.context, frame.values.slice(), frame.receivers, true);
}

/** The frame `depth` functions out from `frame`. */
export function outer(frame: Frame, depth: number): Frame {
  let current = frame;
  for (let index = 0; index < depth; index++) current = current.parent!;
  return current;
}

/** The cell of a local that lives in a `Reference`. */
export function cellAt(frame: Frame, slot: number): Reference {
  return frame.values[slot] as Reference;
}

/** How a statement ended other than normally: `break`/`continue`/`goto case` of a label, or `return`. */
export interface Jump {
  readonly kind: 'break' | 'continue' | 'goto' | 'return';
  /** The label of the loop or switch (-1 for `return`). */
  readonly label: number;
  /** The section a `goto case` jumps to. */
  readonly section: number;
}

/** A statement's completion: null when it ended normally. */
export type Completion = Jump | null;

/** The completion of `return`; the value is in the frame's `result`. */
export const RETURN: Jump = Object.freeze({ kind: 'return', label: -1, section: -1 });

/** An expression compiled to a closure: the value, in the form of its type. */
export type Evaluator = (frame: Frame) => unknown;

/** A statement compiled to a closure. */
export type Executor = (frame: Frame) => Completion;
