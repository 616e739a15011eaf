import type { Origin } from '../compose/types.js';
import type { ElementNode } from '../document/model.js';
import type { Planner } from './planner.js';
import type { StepBody } from './step.js';

/**
 * How the engine executes one policy: `plan` reads the element once, at load time (attribute
 * values, compiled expressions, child policies) and returns what runs per request.
 */
export interface PolicyHandler {
  readonly name: string;
  plan(element: ElementNode, origin: Origin, planner: Planner): StepBody;
}
