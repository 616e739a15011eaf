import type { Identifier } from '../ast/base.js';
import type { Node } from '../ast/nodes.js';
import type { Type } from '../model/types.js';
import type { BinderContext } from './binder-context.js';
import type { BoundConstant, LocalSymbol } from './symbols.js';

export interface LocalOptions {
  readonly isParameter?: boolean;
  readonly readOnly?: boolean;
  readonly constantValue?: BoundConstant;
}

/** Declares a local in the current scope, reporting a name already taken (CS0128, CS0136). */
export function declareLocal(
  cx: BinderContext,
  name: Identifier,
  type: Type,
  declaration: Node,
  options: LocalOptions = {},
): LocalSymbol {
  const symbol: LocalSymbol = {
    kind: 'local',
    id: cx.nextId(),
    name: name.name,
    type,
    declaration,
    constantValue: options.constantValue,
    readOnly: options.readOnly ?? false,
    isParameter: options.isParameter ?? false,
  };
  if (name.name === '_' && options.isParameter) {
    cx.scope.declareHidden(symbol);
    return symbol;
  }
  const clash = cx.scope.declare(symbol);
  if (clash !== null) cx.report('local-already-defined', name, { name: name.name });
  return symbol;
}

/** A compiler temporary: never visible to the policy's names. */
export function hiddenLocal(cx: BinderContext, type: Type, declaration: Node): LocalSymbol {
  const symbol: LocalSymbol = {
    kind: 'local',
    id: cx.nextId(),
    name: '<hidden>',
    type,
    declaration,
    constantValue: undefined,
    readOnly: false,
    isParameter: false,
  };
  cx.scope.declareHidden(symbol);
  return symbol;
}
