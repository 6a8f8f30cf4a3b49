import { expect } from 'vitest';

/** A browser's cookie jar for one site, enough for a provider's redirect flow: name → value. */
export class OAuthTestBrowser {
  readonly cookies = new Map<string, string>();

  constructor(private readonly base: string) {}

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  private keepCookies(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';', 1);
      const [name = '', value = ''] = pair.split('=');
      if (/Max-Age=0/.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  /** A navigation that does not follow redirects; cookies for this site are kept. */
  async get(url: string): Promise<{ status: number; location: string }> {
    const sameSite = url.startsWith(this.base);
    const response = await fetch(url, {
      redirect: 'manual',
      headers: sameSite ? { cookie: this.cookieHeader() } : {},
    });
    if (sameSite) this.keepCookies(response);
    await response.body?.cancel();
    return { status: response.status, location: response.headers.get('location') ?? '' };
  }

  /** A call of the page's script to this site, with its cookies and the headers given. */
  async post(
    path: string,
    body: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: Record<string, unknown> }> {
    const response = await fetch(`${this.base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: this.cookieHeader(), ...headers },
      body: JSON.stringify(body),
    });
    this.keepCookies(response);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  /** Authorize at this service, then at the provider: the callback address it redirects to. */
  async toCallback(provider: string, next = '/home'): Promise<string> {
    const started = await this.get(`${this.base}/v1/auth/${provider}/authorize?next=${next}`);
    expect(started.status).toBe(302);
    const atProvider = await this.get(started.location);
    expect(atProvider.status).toBe(302);
    return atProvider.location;
  }
}

/** The reason code of the web app's problem page the browser was sent to, if it was. */
export function problemOf(location: string): string | null {
  const url = new URL(location);
  return url.pathname === '/signin/problem' ? url.searchParams.get('reason') : null;
}
