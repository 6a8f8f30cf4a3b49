import type { Context } from '@dyocense/api';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * Builds a call's context from what every surface knows about a request (its headers and the
 * client's address) and a way to set a response header (Retry-After, the refresh cookie).
 */
export type ContextFor = (
  request: { headers: IncomingHttpHeaders; ip: string },
  setHeader: (name: string, value: string) => void,
) => Context;
