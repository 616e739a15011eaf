import type { Node } from '../ast/nodes.js';
import type {
  BlockStatement,
  LocalFunctionStatement,
  Statement,
  SwitchStatement,
  VariableDeclaration,
} from '../ast/statements.js';
import { enumerableElement, known } from '../model/relations.js';
import type { MethodSymbol } from '../model/type-definition.js';
import { displayType, errorType, type Type } from '../model/types.js';
import type { BinderContext, JumpTarget } from './binder-context.js';
import type {
  BoundBlock,
  BoundCatch,
  BoundExpression,
  BoundLocalDeclaration,
  BoundStatement,
  BoundSwitchSection,
  ForEachIteration,
} from './bound-tree.js';
import { constantOf, constantValue } from './constants.js';
import { implicitConversion } from './conversions.js';
import { convertExplicit, convertImplicit } from './convert.js';
import { bindArrayElements } from './creation.js';
import { bindCondition, bindExpression, bindValue } from './expressions.js';
import { reportFeature } from './features.js';
import { isLambdaNode } from './lambdas.js';
import { declareLocal, hiddenLocal } from './locals.js';
import { lookupMembers } from './members.js';
import { bindPattern } from './patterns.js';
import type { LocalFunctionSymbol, LocalSymbol } from './symbols.js';
import { bindType } from './type-syntax.js';

/** `{ statements }` in a new scope; local functions are declared first, so they can be called before. */
export function bindBlock(cx: BinderContext, node: BlockStatement): BoundBlock {
  return cx.inScope(() => ({ kind: 'block', node, statements: bindStatementList(cx, node.body) }));
}

/** Statements of a block or switch section, in the current scope. */
export function bindStatementList(cx: BinderContext, statements: readonly Statement[]): BoundStatement[] {
  const functions = new Map<LocalFunctionStatement, LocalFunctionSymbol>();
  for (const statement of statements) {
    if (statement.type === 'LocalFunctionStatement')
      functions.set(statement, declareLocalFunction(cx, statement));
  }
  const result: BoundStatement[] = [];
  for (const statement of statements) {
    if (statement.type === 'LocalFunctionStatement') {
      result.push(bindLocalFunction(cx, statement, functions.get(statement)!));
      continue;
    }
    bindStatementInto(cx, statement, result);
  }
  return result;
}

/** An embedded statement (`if` branch, loop body): declarations are not allowed there. */
function bindEmbedded(cx: BinderContext, node: Statement): BoundStatement {
  return cx.inScope(() => {
    const result: BoundStatement[] = [];
    if (node.type === 'LocalDeclarationStatement' || node.type === 'LocalFunctionStatement') {
      cx.report('unsupported-construct', node, {
        construct: 'A declaration as the body of an if, else or loop',
      });
    }
    if (node.type === 'LocalFunctionStatement') return { kind: 'block', node, statements: [] };
    bindStatementInto(cx, node, result);
    return result.length === 1 ? result[0]! : { kind: 'block', node, statements: result };
  });
}

function bindStatementInto(cx: BinderContext, node: Statement, out: BoundStatement[]): void {
  switch (node.type) {
    case 'BlockStatement':
      out.push(bindBlock(cx, node));
      return;
    case 'LocalDeclarationStatement':
      if (node.isUsing) reportFeature(cx, node, 'using-declaration');
      out.push(...bindVariableDeclaration(cx, node.declaration, node.isConst, false));
      return;
    case 'LocalFunctionStatement':
      return;
    case 'ExpressionStatement':
      out.push({ kind: 'expression', node, expression: bindStatementExpression(cx, node.expression) });
      return;
    case 'EmptyStatement':
      return;
    case 'IfStatement': {
      const test = bindCondition(cx, node.test);
      const whenTrue = bindEmbedded(cx, node.consequent);
      const whenFalse = node.alternate === null ? null : bindEmbedded(cx, node.alternate);
      out.push({ kind: 'if', node, test, whenTrue, whenFalse });
      return;
    }
    case 'WhileStatement': {
      const label = cx.nextId();
      out.push(
        cx.inScope(() => {
          const test = bindCondition(cx, node.test);
          const body = inJump(cx, { kind: 'loop', label }, () => bindEmbedded(cx, node.body));
          return { kind: 'while', node, label, test, body };
        }),
      );
      return;
    }
    case 'DoStatement': {
      const label = cx.nextId();
      const body = inJump(cx, { kind: 'loop', label }, () => bindEmbedded(cx, node.body));
      const test = cx.inScope(() => bindCondition(cx, node.test));
      out.push({ kind: 'do', node, label, body, test });
      return;
    }
    case 'ForStatement': {
      const label = cx.nextId();
      out.push(
        cx.inScope(() => {
          const initializers: BoundStatement[] =
            node.declaration !== null
              ? bindVariableDeclaration(cx, node.declaration, false, false)
              : node.initializers.map((e) => ({
                  kind: 'expression',
                  node: e,
                  expression: bindStatementExpression(cx, e),
                }));
          const test = node.test === null ? null : bindCondition(cx, node.test);
          const updates = node.updates.map((e) => bindStatementExpression(cx, e));
          const body = inJump(cx, { kind: 'loop', label }, () => bindEmbedded(cx, node.body));
          return { kind: 'for', node, label, initializers, test, updates, body };
        }),
      );
      return;
    }
    case 'ForEachStatement': {
      out.push(bindForEach(cx, node));
      return;
    }
    case 'ForEachVariableStatement':
      cx.report('unsupported-construct', node, { construct: 'A deconstructing foreach' });
      return;
    case 'BreakStatement':
    case 'ContinueStatement': {
      const target =
        node.type === 'BreakStatement'
          ? cx.jumps[cx.jumps.length - 1]
          : [...cx.jumps].reverse().find((j) => j.kind === 'loop');
      if (target === undefined) {
        cx.report('no-enclosing-loop', node);
        return;
      }
      out.push({ kind: node.type === 'BreakStatement' ? 'break' : 'continue', node, label: target.label });
      return;
    }
    case 'ReturnStatement':
      out.push(bindReturn(cx, node, node.argument));
      return;
    case 'ThrowStatement': {
      if (node.argument === null) {
        const caught = cx.catches[cx.catches.length - 1];
        if (caught === undefined) cx.report('rethrow-outside-catch', node);
        out.push({ kind: 'throw', node, exception: null, rethrow: caught ?? null });
        return;
      }
      out.push({ kind: 'throw', node, exception: bindException(cx, node.argument), rethrow: null });
      return;
    }
    case 'GotoStatement':
      out.push(bindGoto(cx, node));
      return;
    case 'LabeledStatement':
      cx.report('unsupported-construct', node, { construct: 'A labeled statement' });
      bindStatementInto(cx, node.body, out);
      return;
    case 'TryStatement':
      out.push(bindTry(cx, node));
      return;
    case 'UsingStatement':
      out.push(bindUsing(cx, node));
      return;
    case 'LockStatement':
      cx.report('unsupported-construct', node, { construct: "The 'lock' statement" });
      return;
    case 'CheckedStatement':
      out.push(cx.withChecked(node.checked, () => bindBlock(cx, node.body)));
      return;
    case 'SwitchStatement':
      out.push(bindSwitch(cx, node));
      return;
    case 'ErrorNode':
      return;
  }
}

function inJump<T>(cx: BinderContext, target: JumpTarget, body: () => T): T {
  cx.jumps.push(target);
  try {
    return body();
  } finally {
    cx.jumps.pop();
  }
}

/** An expression used as a statement: only calls, assignments, increments and `new` (CS0201). */
export function bindStatementExpression(
  cx: BinderContext,
  node: Parameters<typeof bindExpression>[1],
): BoundExpression {
  const bound = bindExpression(cx, node);
  if (!isStatementExpression(bound)) cx.report('not-a-statement', node);
  return bound;
}

function isStatementExpression(bound: BoundExpression): boolean {
  switch (bound.kind) {
    case 'call':
    case 'delegate-invoke':
    case 'local-function-call':
    case 'assign':
    case 'compound-assign':
    case 'new':
    case 'error':
      return true;
    case 'conditional-access':
      return isStatementExpression(bound.whenNotNull);
    case 'convert':
      return bound.operand.kind === 'conditional-access' && isStatementExpression(bound.operand);
    default:
      return false;
  }
}

function isVar(node: VariableDeclaration['declaredType']): boolean {
  return (
    node.type === 'NamedType' &&
    node.qualifier === null &&
    node.name.name === 'var' &&
    node.name.typeArguments === null
  );
}

/** `T a = x, b = y;`, `var x = ...;`, `const int n = 3;`. */
function bindVariableDeclaration(
  cx: BinderContext,
  declaration: VariableDeclaration,
  isConst: boolean,
  readOnly: boolean,
): BoundLocalDeclaration[] {
  const implicit = isVar(declaration.declaredType) && cx.scope.lookup('var') === null;
  const declared = implicit ? null : bindType(cx, declaration.declaredType);
  if (implicit && declaration.declarators.length > 1) {
    cx.report('unsupported-construct', declaration, {
      construct: "Several variables in one 'var' declaration",
    });
  }
  return declaration.declarators.map((declarator) => {
    const initializerNode = declarator.initializer;
    let initializer: BoundExpression | null = null;
    let type: Type = declared ?? errorType;
    if (initializerNode === null) {
      if (implicit) cx.report('var-needs-initializer', declarator);
      if (isConst) cx.report('constant-expected', declarator);
    } else if (initializerNode.type === 'ArrayInitializer') {
      if (declared === null || declared.kind !== 'array') {
        cx.report('unsupported-construct', initializerNode, {
          construct: 'An array initializer without an array type',
        });
      } else {
        const elements = bindArrayElements(cx, initializerNode, declared.element);
        initializer = {
          kind: 'new-array',
          node: initializerNode,
          type: declared,
          elementType: declared.element,
          size: null,
          elements,
        };
      }
    } else if (declared !== null) {
      initializer = bindValue(cx, initializerNode, declared);
    } else if (isLambdaNode(initializerNode)) {
      cx.report('var-bad-initializer', initializerNode, { what: 'lambda expression' });
    } else {
      initializer = bindExpression(cx, initializerNode);
      if (initializer.type.kind === 'null' || initializer.type.kind === 'void') {
        cx.report('var-bad-initializer', initializerNode, {
          what: initializer.type.kind === 'null' ? '<null>' : 'void',
        });
        type = errorType;
      } else type = initializer.type;
    }
    const constant = isConst && initializer !== null ? constantOf(initializer) : undefined;
    if (isConst && initializer !== null && constant === undefined && initializer.type.kind !== 'error')
      cx.report('constant-expected', initializer.node);
    const local = declareLocal(cx, declarator.name, type, declarator, {
      readOnly,
      ...(constant === undefined ? {} : { constantValue: constant }),
    });
    return { kind: 'local-declaration', node: declarator, local, initializer };
  });
}

function declareLocalFunction(cx: BinderContext, node: LocalFunctionStatement): LocalFunctionSymbol {
  if (node.modifiers.includes('static')) reportFeature(cx, node, 'static-local-function');
  if (node.modifiers.includes('async')) reportFeature(cx, node, 'async-lambda');
  if (node.typeParameters.length > 0)
    cx.report('unsupported-construct', node, { construct: 'A generic local function' });
  const returnType = bindType(cx, node.returnType);
  const parameters: LocalSymbol[] = node.parameters.map((parameter) => {
    if (parameter.modifier !== null || parameter.defaultValue !== null)
      cx.report('unsupported-construct', parameter, {
        construct: 'A ref, out, params or optional parameter of a local function',
      });
    return {
      kind: 'local',
      id: cx.nextId(),
      name: parameter.name.name,
      type: parameter.parameterType === null ? errorType : bindType(cx, parameter.parameterType),
      declaration: parameter,
      constantValue: undefined,
      readOnly: false,
      isParameter: true,
    };
  });
  const symbol: LocalFunctionSymbol = {
    kind: 'local-function',
    id: cx.nextId(),
    name: node.name.name,
    parameters,
    returnType,
    declaration: node,
  };
  if (cx.scope.declare(symbol) !== null)
    cx.report('local-already-defined', node.name, { name: node.name.name });
  cx.localFunctions.add(symbol);
  return symbol;
}

function bindLocalFunction(
  cx: BinderContext,
  node: LocalFunctionStatement,
  symbol: LocalFunctionSymbol,
): BoundStatement {
  cx.functions.push({ kind: 'local-function', returnType: symbol.returnType, returns: [] });
  const savedJumps = cx.jumps.splice(0);
  const savedCatches = cx.catches.splice(0);
  try {
    return cx.inScope(() => {
      for (const parameter of symbol.parameters) {
        if (cx.scope.declare(parameter) !== null)
          cx.report('local-already-defined', parameter.declaration, { name: parameter.name });
      }
      let body: BoundBlock;
      if (node.body !== null) body = bindBlock(cx, node.body);
      else {
        const expression = node.expressionBody!;
        const statement =
          symbol.returnType.kind === 'void'
            ? ({
                kind: 'expression',
                node: expression,
                expression: bindStatementExpression(cx, expression),
              } as const)
            : ({
                kind: 'return',
                node: expression,
                value: bindValue(cx, expression, symbol.returnType),
              } as const);
        body = { kind: 'block', node: expression, statements: [statement] };
      }
      return { kind: 'local-function', node, function: symbol, body };
    }, true);
  } finally {
    cx.functions.pop();
    cx.jumps.push(...savedJumps);
    cx.catches.push(...savedCatches);
  }
}

function bindReturn(
  cx: BinderContext,
  node: Node,
  argument: Parameters<typeof bindExpression>[1] | null,
): BoundStatement {
  const frame = cx.currentFunction;
  if (frame.returnType === null) {
    // The return type is being inferred from the return statements.
    const value = argument === null ? null : bindExpression(cx, argument);
    if (value !== null) frame.returns.push(value);
    return { kind: 'return', node, value };
  }
  if (frame.returnType.kind === 'void') {
    if (argument !== null) {
      cx.report(frame.kind === 'lambda' ? 'void-lambda-returns-value' : 'return-in-void', argument, {
        name: 'the local function',
      });
      bindExpression(cx, argument);
    }
    return { kind: 'return', node, value: null };
  }
  if (argument === null) {
    cx.report('return-value-expected', node, { type: displayType(frame.returnType) });
    return { kind: 'return', node, value: null };
  }
  const value = bindValue(cx, argument, frame.returnType);
  frame.returns.push(value);
  return { kind: 'return', node, value };
}

function bindException(cx: BinderContext, node: Parameters<typeof bindExpression>[1]): BoundExpression {
  const exceptionType = known('System.Exception');
  const bound = bindExpression(cx, node);
  if (bound.type.kind === 'error') return bound;
  if (implicitConversion(bound.type, exceptionType) === null) {
    cx.report('not-an-exception', node);
    return { kind: 'error', node, type: errorType };
  }
  return convertImplicit(cx, bound, exceptionType);
}

function bindTry(cx: BinderContext, node: Statement & { type: 'TryStatement' }): BoundStatement {
  const block = bindBlock(cx, node.block);
  const exceptionType = known('System.Exception');
  const catches = node.handlers.map(
    (handler): BoundCatch =>
      cx.inScope(() => {
        let type: Type = exceptionType;
        if (handler.exceptionType !== null) {
          type = bindType(cx, handler.exceptionType);
          if (type.kind !== 'error' && implicitConversion(type, exceptionType) === null)
            cx.report('not-an-exception', handler.exceptionType);
        }
        const local =
          handler.name === null
            ? hiddenLocal(cx, type, handler)
            : declareLocal(cx, handler.name, type, handler, { readOnly: false });
        const filter = handler.filter === null ? null : bindCondition(cx, handler.filter);
        cx.catches.push(local);
        try {
          return { node: handler, exceptionType: type, local, filter, body: bindBlock(cx, handler.body) };
        } finally {
          cx.catches.pop();
        }
      }),
  );
  const finallyBlock = node.finalizer === null ? null : bindBlock(cx, node.finalizer);
  return { kind: 'try', node, block, catches, finallyBlock };
}

function bindUsing(cx: BinderContext, node: Statement & { type: 'UsingStatement' }): BoundStatement {
  return cx.inScope(() => {
    const disposable = known('System.IDisposable');
    const check = (bound: BoundExpression) => {
      if (
        bound.type.kind !== 'error' &&
        bound.type.kind !== 'null' &&
        implicitConversion(bound.type, disposable) === null
      )
        cx.report('no-implicit-conversion', bound.node, {
          from: displayType(bound.type),
          to: 'System.IDisposable',
        });
    };
    if (node.declaration !== null) {
      const declarations = bindVariableDeclaration(cx, node.declaration, false, true);
      for (const declaration of declarations)
        if (declaration.initializer !== null) check(declaration.initializer);
      return { kind: 'using', node, declarations, resources: [], body: bindEmbedded(cx, node.body) };
    }
    const resource = bindExpression(cx, node.expression!);
    check(resource);
    const local = hiddenLocal(cx, resource.type, node);
    const declaration: BoundLocalDeclaration = {
      kind: 'local-declaration',
      node,
      local,
      initializer: resource,
    };
    return {
      kind: 'using',
      node,
      declarations: [declaration],
      resources: [local],
      body: bindEmbedded(cx, node.body),
    };
  });
}

/** `foreach (T x in collection) body`: arrays, strings, and anything `IEnumerable<T>`. */
function bindForEach(cx: BinderContext, node: Statement & { type: 'ForEachStatement' }): BoundStatement {
  const label = cx.nextId();
  return cx.inScope(() => {
    const collection = bindExpression(cx, node.expression);
    const type = collection.type;
    let element: Type = errorType;
    let iteration: ForEachIteration = 'iterable';
    let enumerator: MethodSymbol | null = null;
    if (type.kind === 'array') {
      element = type.element;
      iteration = 'array';
    } else if (type.kind === 'named' && type.definition.fullName === 'System.String') {
      element = known('System.Char');
      iteration = 'string';
    } else if (type.kind !== 'error') {
      const declaredEnumerator = enumeratorOf(type);
      enumerator = declaredEnumerator?.method ?? null;
      const found = declaredEnumerator?.element ?? enumerableElement(type);
      if (found === null) cx.report('not-enumerable', node.expression, { type: displayType(type) });
      else element = found;
    }
    const declared = isVar(node.declaredType) ? element : bindType(cx, node.declaredType);
    const id = cx.nextId();
    const receiver: BoundExpression = {
      kind: 'conditional-receiver',
      node: node.expression,
      type: element,
      id,
    };
    // foreach converts each element explicitly (§13.9.5).
    const elementConversion =
      element.kind === 'error' || declared.kind === 'error'
        ? receiver
        : convertExplicit(cx, receiver, declared, node.declaredType);
    const local = declareLocal(cx, node.name, declared, node, { readOnly: true });
    const body = inJump(cx, { kind: 'loop', label }, () => bindEmbedded(cx, node.body));
    return {
      kind: 'foreach',
      node,
      label,
      iteration,
      enumerator,
      collection,
      local,
      id,
      elementConversion,
      body,
    };
  });
}

/**
 * A `GetEnumerator()` the type declares and its element type: `foreach` uses it before the
 * type's `IEnumerable<T>` (JObject enumerates its pairs, not its tokens).
 */
function enumeratorOf(type: Type): { method: MethodSymbol; element: Type } | null {
  const method = lookupMembers(type, 'GetEnumerator').find(
    (m) => m.symbol.kind === 'method' && m.symbol.parameters.length === 0,
  );
  if (method === undefined || method.symbol.kind !== 'method') return null;
  const returned = method.symbol.returnType;
  if (
    returned.kind !== 'named' ||
    returned.definition.fullName !== 'System.Collections.Generic.IEnumerator`1'
  )
    return null;
  const map = method.map;
  const argument = returned.arguments[0]!;
  const element = argument.kind === 'parameter' ? (map.get(argument.name) ?? null) : argument;
  return element === null ? null : { method: method.symbol, element };
}

function bindSwitch(cx: BinderContext, node: SwitchStatement): BoundStatement {
  const label = cx.nextId();
  const discriminant = bindExpression(cx, node.discriminant);
  return cx.inScope(() => {
    const local = hiddenLocal(cx, discriminant.type, node.discriminant);
    const input: BoundExpression = {
      kind: 'local',
      node: node.discriminant,
      type: discriminant.type,
      symbol: local,
    };
    const seen = new Map<string, Node>();
    const target: JumpTarget = { kind: 'switch', label, sections: [] };
    const sections: BoundSwitchSection[] = [];
    const constants: { constants: unknown[]; isDefault: boolean }[] = [];
    // Labels first, so that `goto case` can find any section.
    const labelled = node.sections.map((section) =>
      cx.inScope(() => {
        const scope = cx.scope;
        const labels = section.labels.map((switchLabel) => {
          if (switchLabel.type === 'DefaultSwitchLabel') return { pattern: null, guard: null };
          const bound =
            discriminant.type.kind === 'error' ? null : bindPattern(cx, switchLabel.pattern, input, true);
          const guard = switchLabel.guard === null ? null : bindCondition(cx, switchLabel.guard);
          if (bound?.pattern.kind === 'constant' && guard === null) {
            const constant = constantOf(bound.pattern.value);
            if (constant !== undefined) {
              const key = `${typeof constantValue(constant)}:${String(constantValue(constant))}`;
              if (seen.has(key))
                cx.report('duplicate-case', switchLabel, { value: String(constantValue(constant)) });
              seen.set(key, switchLabel);
            }
          }
          return {
            pattern: bound?.pattern ?? null,
            guard,
            operand: bound?.operand ?? null,
            isError: bound === null,
          };
        });
        constants.push({
          constants: labels.flatMap((l) =>
            l.pattern?.kind === 'constant' ? [constantValue(constantOf(l.pattern.value)!)] : [],
          ),
          isDefault: section.labels.some((l) => l.type === 'DefaultSwitchLabel'),
        });
        return { section, labels, scope };
      }),
    );
    target.sections = constants;
    inJump(cx, target, () => {
      for (const { section, labels, scope } of labelled) {
        const saved = cx.scope;
        cx.scope = scope;
        try {
          const body = bindStatementList(cx, section.statements);
          sections.push({
            node: section,
            labels: labels
              .filter((l) => !l.isError || l.pattern !== null)
              .map((l) => ({ pattern: l.pattern, guard: l.guard })),
            body,
          });
        } finally {
          cx.scope = saved;
        }
      }
    });
    const declaration: BoundStatement = {
      kind: 'local-declaration',
      node: node.discriminant,
      local,
      initializer: discriminant,
    };
    const bound: BoundStatement = {
      kind: 'switch',
      node,
      label,
      discriminant: input,
      local,
      sections,
      hasGoto: target.hasGoto === true,
    };
    return { kind: 'block', node, statements: [declaration, bound] };
  });
}

function bindGoto(cx: BinderContext, node: Statement & { type: 'GotoStatement' }): BoundStatement {
  if (node.kind === 'label') {
    cx.report('unsupported-construct', node, { construct: "A 'goto' to a label" });
    return { kind: 'block', node, statements: [] };
  }
  const target = [...cx.jumps].reverse().find((j) => j.kind === 'switch');
  if (target === undefined || target.sections === undefined) {
    cx.report('goto-case-not-found', node, { label: node.kind === 'default' ? 'default:' : 'case' });
    return { kind: 'block', node, statements: [] };
  }
  let section = -1;
  if (node.kind === 'default') section = target.sections.findIndex((s) => s.isDefault);
  else if (node.target !== null) {
    const value = bindExpression(cx, node.target);
    const constant = constantOf(value);
    if (constant === undefined) cx.report('constant-expected', node.target);
    else section = target.sections.findIndex((s) => s.constants.some((c) => c === constantValue(constant)));
  }
  if (section < 0) {
    cx.report('goto-case-not-found', node, { label: node.kind === 'default' ? 'default:' : 'case' });
    return { kind: 'block', node, statements: [] };
  }
  target.hasGoto = true;
  return { kind: 'goto-section', node, label: target.label, section };
}
