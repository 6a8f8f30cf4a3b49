/**
 * The token of an `Authorization: Bearer <token>` header (any case, any spacing), or undefined
 * when the header is missing or is not one token after `Bearer`.
 */
export function bearerToken(authorization: string | null | undefined): string | undefined {
  return authorization?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
}

/**
 * Whether a JWT, unverified, says it is a service's access token (has `client_id`): only to word
 * the refusal of one that does not verify, never to trust it.
 */
export function claimsServiceClient(jwt: string): boolean {
  try {
    const payload: unknown = JSON.parse(
      Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8'),
    );
    return typeof payload === 'object' && payload !== null && 'client_id' in payload;
  } catch {
    return false;
  }
}
