/**
 * A fetch for API calls that, when the server refuses the session JWT (401), renews the session
 * once and repeats the call with the new JWT. Without a new JWT it returns the refusal as is.
 */
export function withSessionRenewal(
  fetchFn: typeof fetch,
  renew: () => Promise<string | undefined>,
): typeof fetch {
  return async (input, init) => {
    const response = await fetchFn(input, init);
    const headers = new Headers(init?.headers);
    if (response.status !== 401 || !headers.has('authorization')) return response;
    const jwt = await renew();
    if (!jwt) return response;
    headers.set('authorization', `Bearer ${jwt}`);
    return fetchFn(input, { ...init, headers });
  };
}
