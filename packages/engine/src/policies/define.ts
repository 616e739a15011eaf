import type { Origin } from '../compose/types.js';
import type { ElementNode } from '../document/model.js';
import type { PolicyHandler } from '../plan/handler.js';
import type { Planner } from '../plan/planner.js';
import type { StepBody } from '../plan/step.js';

/** A handler from its name and planning function. */
export function defineHandler(
  name: string,
  plan: (element: ElementNode, origin: Origin, planner: Planner) => StepBody,
): PolicyHandler {
  return { name, plan };
}
