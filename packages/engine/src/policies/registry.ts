import type { PolicyHandler } from '../plan/handler.js';
import { choose } from './choose.js';
import { forwardRequest } from './forward-request.js';
import { accessHandlers } from './registry-access.js';
import { limitHandlers } from './registry-limits.js';
import { messageHandlers } from './registry-messages.js';
import { returnResponse } from './return-response.js';
import { setBody } from './set-body.js';
import { setHeader } from './set-header.js';
import { setStatus } from './set-status.js';
import { setVariable } from './set-variable.js';

/** The policies this engine executes, by element name. */
export const defaultHandlers: ReadonlyMap<string, PolicyHandler> = new Map(
  [
    choose,
    forwardRequest,
    returnResponse,
    setBody,
    setHeader,
    setStatus,
    setVariable,
    ...accessHandlers,
    ...limitHandlers,
    ...messageHandlers,
  ].map((handler) => [handler.name, handler] as const),
);
