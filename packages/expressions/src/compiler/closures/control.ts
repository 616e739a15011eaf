import type { BoundStatement, BoundSwitch, BoundTry } from '../../binder/bound-tree.js';
import { helpers } from '../../runtime/helpers/index.js';
import type { RuntimeType } from '../../runtime/runtime-type.js';
import type { ClosureCompiler } from './context.js';
import { compileExpression } from './expressions.js';
import type { Completion, Evaluator, Executor, Frame } from './frame.js';
import { afterBody } from './loops.js';
import { invoker } from './members.js';
import { compilePattern } from './patterns.js';
import { compileBlock, compileSequence, compileStatement } from './statements.js';
import { type Store, scopeEntry, storeReceiver, writeLocal } from './variables.js';

/**
 * `foreach`: over an array's indices (its length read each time), a string's UTF-16 code units,
 * or a JavaScript iterable (the collection, or what its `GetEnumerator()` returns); each
 * iteration has a new iteration variable.
 */
export function compileForEach(
  c: ClosureCompiler,
  statement: Extract<BoundStatement, { kind: 'foreach' }>,
): Executor {
  const source = compileExpression(c, statement.collection);
  const storeElement = storeReceiver(c, statement.id);
  const enter = scopeEntry(c.layout.iteration(statement));
  const conversion = compileExpression(c, statement.elementConversion);
  const store = writeLocal(c, statement.local);
  const body = compileStatement(c, statement.body);
  const label = statement.label;
  /** One iteration; `'exit'` on `break`. */
  const iterate = (frame: Frame, element: unknown): Completion | 'exit' => {
    storeElement(frame, element);
    helpers.tick();
    if (enter !== null) enter(frame);
    store(frame, conversion(frame));
    return afterBody(body(frame), label);
  };
  switch (statement.iteration) {
    case 'array':
      return (frame) => {
        const collection = helpers.notNull(source(frame)) as ArrayLike<unknown>;
        for (let index = 0; index < collection.length; index++) {
          const next = iterate(frame, collection[index]);
          if (next === 'exit') return null;
          if (next !== null) return next;
        }
        return null;
      };
    case 'string':
      return (frame) => {
        const collection = helpers.notNull(source(frame)) as string;
        for (let index = 0; index < collection.length; index++) {
          const next = iterate(frame, collection.charCodeAt(index));
          if (next === 'exit') return null;
          if (next !== null) return next;
        }
        return null;
      };
    case 'iterable': {
      // The collection itself, or the iterator its type's `GetEnumerator()` returns.
      const enumerator =
        statement.enumerator === null ? null : invoker(c.slots, statement.enumerator, true, []);
      const iterable = (frame: Frame): Iterable<unknown> => {
        const collection = helpers.notNull(source(frame));
        if (enumerator === null) return collection as Iterable<unknown>;
        return helpers.enumerate(enumerator(collection, []) as Iterator<unknown>);
      };
      return (frame) => {
        for (const element of iterable(frame)) {
          const next = iterate(frame, element);
          if (next === 'exit') return null;
          if (next !== null) return next;
        }
        return null;
      };
    }
  }
}

/** A compiled catch clause: whether it takes the exception, and its body. */
interface CatchClause {
  readonly enter: ((frame: Frame) => void) | null;
  readonly type: RuntimeType;
  readonly store: Store;
  readonly filter: Evaluator | null;
  readonly body: Executor;
}

/**
 * `try`/`catch`/`finally`: only .NET exceptions reach the catch clauses (defects and
 * `BudgetExceeded` pass through); a clause takes an exception that is an instance of its type
 * and passes its filter (which sees the exception variable).
 */
export function compileTry(c: ClosureCompiler, statement: BoundTry): Executor {
  const block = compileBlock(c, statement.block);
  const clauses: CatchClause[] = statement.catches.map((clause) => ({
    enter: scopeEntry(c.layout.scope(clause)),
    type: c.slots.type({ kind: 'type', type: clause.exceptionType }),
    store: writeLocal(c, clause.local),
    filter: clause.filter === null ? null : compileExpression(c, clause.filter),
    body: compileBlock(c, clause.body),
  }));
  const handle = (frame: Frame, caught: unknown): Completion => {
    if (!helpers.isDotnetException(caught)) throw caught;
    for (const clause of clauses) {
      if (clause.enter !== null) clause.enter(frame);
      if (!clause.type.isInstance(caught)) continue;
      if (clause.filter !== null) {
        clause.store(frame, caught);
        const filter = clause.filter;
        // A .NET exception thrown by the filter makes it false (C# §13.11).
        if (!helpers.runFilter(() => filter(frame) as boolean)) continue;
      }
      clause.store(frame, caught);
      return clause.body(frame);
    }
    throw caught;
  };
  const finallyBlock = statement.finallyBlock === null ? null : compileBlock(c, statement.finallyBlock);
  const guarded: Executor =
    clauses.length === 0
      ? block
      : (frame) => {
          try {
            return block(frame);
          } catch (caught) {
            return handle(frame, caught);
          }
        };
  if (finallyBlock === null) return guarded;
  return (frame) => {
    try {
      return guarded(frame);
    } finally {
      finallyBlock(frame);
    }
  };
}

/**
 * `switch`: the sections' labels are tested in order and the first match runs; a `default:`
 * section runs only when no other section matches, wherever it is written. With `goto case`,
 * the switch loops over a section number (spending budget on each pass).
 */
export function compileSwitch(c: ClosureCompiler, statement: BoundSwitch): Executor {
  const input = compileExpression(c, statement.discriminant);
  const defaultIndex = statement.sections.findIndex((section) =>
    section.labels.some((l) => l.pattern === null),
  );
  const matchers = statement.sections.map((section) =>
    section.labels.map((switchLabel): Evaluator => {
      if (switchLabel.pattern === null) return () => true;
      const pattern = compilePattern(c, switchLabel.pattern, input);
      if (switchLabel.guard === null) return pattern;
      const guard = compileExpression(c, switchLabel.guard);
      return (frame) => pattern(frame) && guard(frame);
    }),
  );
  const bodies = statement.sections.map((section) => compileSequence(c, section.body));
  const label = statement.label;
  /** The index of the section to run, or -1. */
  const select = (frame: Frame): number => {
    for (let index = 0; index < matchers.length; index++) {
      if (index === defaultIndex) continue;
      for (const match of matchers[index]!) if (match(frame)) return index;
    }
    return defaultIndex;
  };
  if (!statement.hasGoto) {
    return (frame) => {
      const index = select(frame);
      if (index < 0) return null;
      const completion = bodies[index]!(frame);
      return completion !== null && completion.kind === 'break' && completion.label === label
        ? null
        : completion;
    };
  }
  return (frame) => {
    let index = select(frame);
    for (;;) {
      helpers.tick();
      const body = bodies[index];
      if (body === undefined) return null;
      const completion = body(frame);
      if (completion === null) return null;
      if (completion.label !== label) return completion;
      if (completion.kind === 'break') return null;
      index = completion.section;
    }
  };
}
