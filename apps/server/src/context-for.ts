import { createContext, type ApiDeps, type Context } from '@dyocense/api';
import type { IncomingHttpHeaders } from 'node:http';
import { readRefreshCookie, refreshCookieWriter } from './refresh-cookie';

/**
 * Builds a call's context from what every surface knows about a request (its headers and the
 * client's address) and a way to set a response header (Retry-After, the refresh cookie).
 */
export type ContextFor = (
  request: { headers: IncomingHttpHeaders; ip: string },
  setHeader: (name: string, value: string) => void,
) => Context;

const systemClock = () => new Date();

/**
 * The server's `ContextFor`: `deps` are built once, at server creation; a request only adds what
 * it brought (headers, client address) and its response's setters.
 */
export function contextForServer(deps: ApiDeps, options: { cookieSecure: boolean }): ContextFor {
  const cookie = { secure: options.cookieSecure, now: systemClock };
  return (request, setHeader) =>
    createContext(deps, {
      authorization: request.headers.authorization ?? null,
      userAgent: request.headers['user-agent'] ?? null,
      clientIp: request.ip,
      refreshCookie: readRefreshCookie(request.headers.cookie),
      setResponseHeader: setHeader,
      setRefreshCookie: refreshCookieWriter(setHeader, cookie),
    });
}
