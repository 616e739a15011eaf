import { DotnetException } from '../../../runtime/exceptions.js';
import { jsProperty } from '../../implementation.js';
import { declareType } from '../../registry.js';

const isException = (value: unknown) => value instanceof DotnetException;

/**
 * `System.Exception`, the only exception type API Management lists, and the exception types
 * the runtime throws: known so that `catch (FormatException)` can be reported as not supported
 * and so that run-time type names are right.
 */
declareType({
  name: 'System.Exception',
  kind: 'class',
  apim: 'all',
  test: isException,
  members: {
    'new()': () =>
      new DotnetException('System.Exception', "Exception of type 'System.Exception' was thrown."),
    'new(string message)': (message: string | null) =>
      new DotnetException('System.Exception', message ?? "Exception of type 'System.Exception' was thrown."),
    'new(string message, Exception innerException)': (
      message: string | null,
      inner: DotnetException | null,
    ) =>
      new DotnetException(
        'System.Exception',
        message ?? "Exception of type 'System.Exception' was thrown.",
        inner,
      ),
    'string Message { get; }': jsProperty('message'),
    'Exception InnerException { get; }': jsProperty('innerException'),
    'string Source { get; }': () => null,
    'Exception GetBaseException()': (self: DotnetException) => self,
    'string ToString()': (self: DotnetException) => `${self.type}: ${self.message}`,
  },
});

const subclasses: readonly [string, string][] = [
  ['System.SystemException', 'System.Exception'],
  ['System.ArgumentException', 'System.SystemException'],
  ['System.ArgumentNullException', 'System.ArgumentException'],
  ['System.ArgumentOutOfRangeException', 'System.ArgumentException'],
  ['System.ArithmeticException', 'System.SystemException'],
  ['System.DivideByZeroException', 'System.ArithmeticException'],
  ['System.OverflowException', 'System.ArithmeticException'],
  ['System.FormatException', 'System.SystemException'],
  ['System.IndexOutOfRangeException', 'System.SystemException'],
  ['System.InvalidCastException', 'System.SystemException'],
  ['System.InvalidOperationException', 'System.SystemException'],
  ['System.NotImplementedException', 'System.SystemException'],
  ['System.NotSupportedException', 'System.SystemException'],
  ['System.NullReferenceException', 'System.SystemException'],
  ['System.Collections.Generic.KeyNotFoundException', 'System.SystemException'],
];
for (const [name, base] of subclasses) {
  declareType({ name, kind: 'class', base, apim: 'none', test: isException });
}
