/**
 * The token of an `Authorization: Bearer <token>` header (any case, any spacing), or undefined
 * when the header is missing or is not one token after `Bearer`.
 */
export function bearerToken(authorization: string | null | undefined): string | undefined {
  return authorization?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
}
