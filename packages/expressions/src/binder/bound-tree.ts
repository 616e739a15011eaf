import type { Node } from '../ast/nodes.js';
import type {
  ConstructorSymbol,
  FieldSymbol,
  IndexerSymbol,
  MethodSymbol,
  OperatorSymbol,
  PropertySymbol,
} from '../model/type-definition.js';
import type { AnonymousType, Type } from '../model/types.js';
import type { Conversion } from './conversions.js';
import type { BuiltinOperation } from './operators.js';
import type { LocalFunctionSymbol, LocalSymbol } from './symbols.js';

/**
 * The bound tree: what an expression means, with every name resolved to a symbol, every
 * conversion explicit and every operator chosen. The backends (code generation, closures,
 * ahead-of-time modules) compile it; none of them looks at the syntax tree again, except for
 * positions (`node`).
 *
 * Values flow in their typed forms (see `runtime/values.ts`); a `convert` node is the only place
 * where a value changes form.
 */
interface Bound {
  /** The syntax this was bound from, for positions. */
  readonly node: Node;
  /** The static type of the value (`void` for calls of void methods). */
  readonly type: Type;
}

/** `null`, `true`, `42`, `42L` (bigint), `1.5`, `'a'` (a number), `"text"`. */
export interface BoundLiteral extends Bound {
  readonly kind: 'literal';
  readonly value: string | number | bigint | boolean | null;
}

/** A `decimal` constant, kept as its exact digits. */
export interface BoundDecimalLiteral extends Bound {
  readonly kind: 'decimal-literal';
  readonly digits: string;
}

/** `default(T)` for a type whose default is not a literal (`DateTime`, `Guid`, `decimal`, `T?`). */
export interface BoundDefault extends Bound {
  readonly kind: 'default';
}

/** The implicit `context` parameter. */
export interface BoundContext extends Bound {
  readonly kind: 'context';
}

export interface BoundLocal extends Bound {
  readonly kind: 'local';
  readonly symbol: LocalSymbol;
}

/** A property or field read (static when `receiver` is null). */
export interface BoundMemberRead extends Bound {
  readonly kind: 'member';
  readonly receiver: BoundExpression | null;
  readonly symbol: PropertySymbol | FieldSymbol;
  /** The receiver may be null at run time (checked before the read). */
  readonly checkNull: boolean;
}

/** An argument for a parameter, after conversion. `out`/`ref` arguments are variables. */
export type BoundArgument =
  | { readonly kind: 'value'; readonly value: BoundExpression }
  | { readonly kind: 'reference'; readonly variable: BoundLocal; readonly out: boolean };

/**
 * A method call. For an extension method, `receiver` is null and the receiver is the first
 * argument. Arguments are in parameter order, defaults filled in, `params` packed in an array.
 */
export interface BoundCall extends Bound {
  readonly kind: 'call';
  readonly receiver: BoundExpression | null;
  readonly method: MethodSymbol;
  /** Type arguments of a generic method, inferred or written. */
  readonly typeArguments: readonly Type[];
  readonly arguments: readonly BoundArgument[];
  readonly checkNull: boolean;
}

/** A call of a user-defined operator or conversion (`DateTime - DateTime`, `(string)token`). */
export interface BoundOperatorCall extends Bound {
  readonly kind: 'operator-call';
  readonly operator: OperatorSymbol;
  readonly arguments: readonly BoundExpression[];
  /**
   * Applied to nullable operands (`DateTime? - DateTime?`): a null operand gives null, or for
   * `==`/`!=` compares nullness, and for `<`-like operators gives false.
   */
  readonly lifted: boolean;
}

/** An indexer read: `dictionary["key"]`, `text[0]`, `token["a"]`. */
export interface BoundIndexerRead extends Bound {
  readonly kind: 'indexer';
  readonly receiver: BoundExpression;
  readonly indexer: IndexerSymbol;
  readonly arguments: readonly BoundExpression[];
  readonly checkNull: boolean;
}

/** `array[i]` on a .NET array. */
export interface BoundArrayElement extends Bound {
  readonly kind: 'array-element';
  readonly array: BoundExpression;
  readonly index: BoundExpression;
}

/** Invoking a value of a delegate type: `f(1)` where `f` is a `Func<int, int>`. */
export interface BoundDelegateInvoke extends Bound {
  readonly kind: 'delegate-invoke';
  readonly target: BoundExpression;
  readonly arguments: readonly BoundArgument[];
}

/** Calling a local function. */
export interface BoundLocalFunctionCall extends Bound {
  readonly kind: 'local-function-call';
  readonly function: LocalFunctionSymbol;
  readonly arguments: readonly BoundArgument[];
}

/** One element of an object or collection initializer, applied to the new object in order. */
export type BoundInitializer =
  | {
      readonly kind: 'member';
      readonly symbol: PropertySymbol | FieldSymbol;
      readonly value: BoundExpression;
    }
  | {
      readonly kind: 'indexer';
      readonly indexer: IndexerSymbol;
      readonly arguments: readonly BoundExpression[];
      readonly value: BoundExpression;
    }
  | { readonly kind: 'add'; readonly call: BoundCall };

/**
 * `new T(arguments) { initializers }`. The initializers' `Add` calls read the new object through
 * a `conditional-receiver` with `id`.
 */
export interface BoundObjectCreation extends Bound {
  readonly kind: 'new';
  readonly constructor: ConstructorSymbol;
  readonly arguments: readonly BoundArgument[];
  readonly initializers: readonly BoundInitializer[];
  readonly id: number;
}

/** `new T[n]` (with `size`) or `new T[] { ... }` / `new[] { ... }` (with `elements`). */
export interface BoundArrayCreation extends Bound {
  readonly kind: 'new-array';
  readonly elementType: Type;
  readonly size: BoundExpression | null;
  readonly elements: readonly BoundExpression[] | null;
}

/** `new { a = 1, b }`. */
export interface BoundAnonymousCreation extends Bound {
  readonly kind: 'new-anonymous';
  readonly type: AnonymousType;
  readonly values: readonly BoundExpression[];
}

/** Reading a property of an anonymous object. */
export interface BoundAnonymousMember extends Bound {
  readonly kind: 'anonymous-member';
  readonly receiver: BoundExpression;
  readonly index: number;
  readonly checkNull: boolean;
}

/** A conversion from the operand's type to `type`. */
export interface BoundConversion extends Bound {
  readonly kind: 'convert';
  readonly operand: BoundExpression;
  readonly conversion: Conversion;
  /** In a `checked` context: numeric conversions that overflow throw. */
  readonly checked: boolean;
}

export interface BoundUnary extends Bound {
  readonly kind: 'unary';
  readonly operator: '+' | '-' | '!' | '~';
  readonly operation: BuiltinOperation;
  readonly operand: BoundExpression;
  readonly checked: boolean;
  /** Applied to a nullable operand: null stays null. */
  readonly lifted: boolean;
}

/** A built-in binary operator; user-defined ones are `operator-call`s. */
export interface BoundBinary extends Bound {
  readonly kind: 'binary';
  readonly operator: string;
  readonly operation: BuiltinOperation;
  readonly left: BoundExpression;
  readonly right: BoundExpression;
  readonly checked: boolean;
  /** A lifted operator on nullable operands: null in, null out (or false/true for comparisons). */
  readonly lifted: boolean;
}

/** `&&` and `||` on `bool`. */
export interface BoundLogical extends Bound {
  readonly kind: 'logical';
  readonly operator: '&&' | '||';
  readonly left: BoundExpression;
  readonly right: BoundExpression;
}

export interface BoundConditional extends Bound {
  readonly kind: 'conditional';
  readonly test: BoundExpression;
  readonly whenTrue: BoundExpression;
  readonly whenFalse: BoundExpression;
}

/** `left ?? right`: `left` converted to the result type when not null (unwrapping `T?`). */
export interface BoundCoalesce extends Bound {
  readonly kind: 'coalesce';
  readonly left: BoundExpression;
  /** Applied to the non-null value of `left` (reads `conditional-receiver` `id`). */
  readonly leftConversion: BoundExpression;
  readonly id: number;
  readonly right: BoundExpression;
}

/**
 * `receiver?.access`: evaluates `receiver` once; null gives null (or `default` of `T?`),
 * otherwise `whenNotNull`, which reads the receiver through a `conditional-receiver` with `id`.
 */
export interface BoundConditionalAccess extends Bound {
  readonly kind: 'conditional-access';
  readonly receiver: BoundExpression;
  readonly id: number;
  readonly whenNotNull: BoundExpression;
}

/** The value tested by the enclosing `conditional-access` or `coalesce` with the same `id`. */
export interface BoundConditionalReceiver extends Bound {
  readonly kind: 'conditional-receiver';
  readonly id: number;
}

/** A pattern of `is` or `case`. */
export type BoundPattern =
  /**
   * Equal to a constant. When the input's type is not the constant's (`object o; o is 5`), the
   * input is first tested to be an instance of `typeTest` and unboxed.
   */
  | {
      readonly kind: 'constant';
      readonly value: BoundExpression;
      readonly equality: BuiltinOperation;
      readonly typeTest: Type | null;
    }
  | { readonly kind: 'null' }
  | { readonly kind: 'type'; readonly type: Type; readonly local: LocalSymbol | null }
  | { readonly kind: 'var'; readonly local: LocalSymbol | null };

/** `operand is pattern`; the operand is in its object form when the pattern tests a type. */
export interface BoundIsPattern extends Bound {
  readonly kind: 'is-pattern';
  readonly operand: BoundExpression;
  readonly pattern: BoundPattern;
}

/** `operand as T`. */
export interface BoundAs extends Bound {
  readonly kind: 'as';
  readonly operand: BoundExpression;
}

/** What can be assigned to. */
export type BoundAssignable = BoundLocal | BoundMemberRead | BoundIndexerRead | BoundArrayElement;

/** `target = value`. */
export interface BoundAssignment extends Bound {
  readonly kind: 'assign';
  readonly target: BoundAssignable;
  readonly value: BoundExpression;
}

/**
 * `target op= value`, `++target`, `target--`: the target's receiver and indices are evaluated
 * once; `value` computes the new value from `conditional-receiver` `id` (the old value).
 */
export interface BoundCompoundAssignment extends Bound {
  readonly kind: 'compound-assign';
  readonly target: BoundAssignable;
  readonly id: number;
  readonly value: BoundExpression;
  /** The expression's value is the old value (`x++`) instead of the new one. */
  readonly postfix: boolean;
}

export interface BoundLambda extends Bound {
  readonly kind: 'lambda';
  readonly parameters: readonly LocalSymbol[];
  readonly body: BoundExpression | BoundBlock;
  readonly returnType: Type;
}

export interface BoundThrowExpression extends Bound {
  readonly kind: 'throw-expression';
  readonly exception: BoundExpression;
}

/** `$"..."`: text parts and holes, each hole in its object form. */
export interface BoundInterpolation extends Bound {
  readonly kind: 'interpolation';
  readonly parts: readonly (
    | string
    | {
        readonly value: BoundExpression;
        readonly alignment: BoundExpression | null;
        readonly format: string | null;
      }
  )[];
}

/** An expression that could not be bound; an error diagnostic was reported. */
export interface BoundError extends Bound {
  readonly kind: 'error';
}

export type BoundExpression =
  | BoundLiteral
  | BoundDecimalLiteral
  | BoundDefault
  | BoundContext
  | BoundLocal
  | BoundMemberRead
  | BoundCall
  | BoundOperatorCall
  | BoundIndexerRead
  | BoundArrayElement
  | BoundDelegateInvoke
  | BoundLocalFunctionCall
  | BoundObjectCreation
  | BoundArrayCreation
  | BoundAnonymousCreation
  | BoundAnonymousMember
  | BoundConversion
  | BoundUnary
  | BoundBinary
  | BoundLogical
  | BoundConditional
  | BoundCoalesce
  | BoundConditionalAccess
  | BoundConditionalReceiver
  | BoundIsPattern
  | BoundAs
  | BoundAssignment
  | BoundCompoundAssignment
  | BoundLambda
  | BoundThrowExpression
  | BoundInterpolation
  | BoundError;

// ---------------------------------------------------------------------------------------------
// Statements

interface BoundStatementBase {
  readonly node: Node;
}

export interface BoundBlock extends BoundStatementBase {
  readonly kind: 'block';
  readonly statements: readonly BoundStatement[];
}

export interface BoundLocalDeclaration extends BoundStatementBase {
  readonly kind: 'local-declaration';
  readonly local: LocalSymbol;
  readonly initializer: BoundExpression | null;
}

export interface BoundLocalFunctionDeclaration extends BoundStatementBase {
  readonly kind: 'local-function';
  readonly function: LocalFunctionSymbol;
  readonly body: BoundBlock;
}

export interface BoundExpressionStatement extends BoundStatementBase {
  readonly kind: 'expression';
  readonly expression: BoundExpression;
}

export interface BoundIf extends BoundStatementBase {
  readonly kind: 'if';
  readonly test: BoundExpression;
  readonly whenTrue: BoundStatement;
  readonly whenFalse: BoundStatement | null;
}

/** Every loop has a label that its `break` and `continue` statements name. */
export interface BoundWhile extends BoundStatementBase {
  readonly kind: 'while';
  readonly label: number;
  readonly test: BoundExpression;
  readonly body: BoundStatement;
}

export interface BoundDo extends BoundStatementBase {
  readonly kind: 'do';
  readonly label: number;
  readonly body: BoundStatement;
  readonly test: BoundExpression;
}

export interface BoundFor extends BoundStatementBase {
  readonly kind: 'for';
  readonly label: number;
  readonly initializers: readonly BoundStatement[];
  readonly test: BoundExpression | null;
  readonly updates: readonly BoundExpression[];
  readonly body: BoundStatement;
}

/** How `foreach` walks its collection. */
export type ForEachIteration = 'array' | 'string' | 'iterable';

export interface BoundForEach extends BoundStatementBase {
  readonly kind: 'foreach';
  readonly label: number;
  readonly iteration: ForEachIteration;
  /**
   * For `iterable`: the `GetEnumerator()` the collection's type declares, whose implementation
   * returns a JavaScript iterator; null to iterate the collection itself.
   */
  readonly enumerator: MethodSymbol | null;
  readonly collection: BoundExpression;
  /** The iteration variable. */
  readonly local: LocalSymbol;
  /** Converts the element (`conditional-receiver` `id`) to the variable's type. */
  readonly id: number;
  readonly elementConversion: BoundExpression;
  readonly body: BoundStatement;
}

export interface BoundBreak extends BoundStatementBase {
  readonly kind: 'break';
  readonly label: number;
}

export interface BoundContinue extends BoundStatementBase {
  readonly kind: 'continue';
  readonly label: number;
}

export interface BoundReturn extends BoundStatementBase {
  readonly kind: 'return';
  readonly value: BoundExpression | null;
}

/** `throw e;`, or `throw;` (rethrow of the exception of the enclosing catch, `rethrow` set). */
export interface BoundThrow extends BoundStatementBase {
  readonly kind: 'throw';
  readonly exception: BoundExpression | null;
  readonly rethrow: LocalSymbol | null;
}

export interface BoundCatch {
  readonly node: Node;
  /** The exception type caught (`System.Exception` when not written). */
  readonly exceptionType: Type;
  /** The variable holding the exception: the declared one, or a hidden one for `throw;`. */
  readonly local: LocalSymbol;
  readonly filter: BoundExpression | null;
  readonly body: BoundBlock;
}

export interface BoundTry extends BoundStatementBase {
  readonly kind: 'try';
  readonly block: BoundBlock;
  readonly catches: readonly BoundCatch[];
  readonly finallyBlock: BoundBlock | null;
}

export interface BoundSwitchSection {
  readonly node: Node;
  /** Labels in order; `null` pattern is `default:`. */
  readonly labels: readonly {
    readonly pattern: BoundPattern | null;
    readonly guard: BoundExpression | null;
  }[];
  readonly body: readonly BoundStatement[];
}

/**
 * `switch`: the first section whose label matches runs; `goto case`/`goto default` jump to a
 * section by index. `break` names the switch's label.
 */
export interface BoundSwitch extends BoundStatementBase {
  readonly kind: 'switch';
  readonly label: number;
  readonly discriminant: BoundExpression;
  /** Holds the discriminant's value while the labels are tested. */
  readonly local: LocalSymbol;
  readonly sections: readonly BoundSwitchSection[];
  /** Whether a `goto case`/`goto default` targets a section (the switch then loops). */
  readonly hasGoto: boolean;
}

export interface BoundGotoSection extends BoundStatementBase {
  readonly kind: 'goto-section';
  readonly label: number;
  readonly section: number;
}

/** `using (resource) body`: disposes the resource (if not null) when the body ends. */
export interface BoundUsing extends BoundStatementBase {
  readonly kind: 'using';
  readonly declarations: readonly BoundLocalDeclaration[];
  /** The resource held in a hidden local, when an expression rather than a declaration. */
  readonly resources: readonly LocalSymbol[];
  readonly body: BoundStatement;
}

export type BoundStatement =
  | BoundBlock
  | BoundLocalDeclaration
  | BoundLocalFunctionDeclaration
  | BoundExpressionStatement
  | BoundIf
  | BoundWhile
  | BoundDo
  | BoundFor
  | BoundForEach
  | BoundBreak
  | BoundContinue
  | BoundReturn
  | BoundThrow
  | BoundTry
  | BoundSwitch
  | BoundGotoSection
  | BoundUsing;

/** A bound policy expression: `@(expression)` or `@{ block }`. */
export interface BoundPolicyExpression {
  readonly form: 'expression' | 'block';
  readonly body: BoundExpression | BoundBlock;
  /** The type of the value: the expression's, or the best common type of the block's returns. */
  readonly resultType: Type;
}
