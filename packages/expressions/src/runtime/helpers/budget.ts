import { environment } from '../environment.js';
import { BudgetExceeded } from '../exceptions.js';

/**
 * One loop iteration or local-function call: spends one unit of the evaluation's budget, and
 * stops the evaluation with `BudgetExceeded` (never a .NET exception: `catch` cannot swallow it)
 * when none is left.
 */
export function tick(): void {
  const current = environment();
  if (--current.budget < 0) throw new BudgetExceeded();
}
