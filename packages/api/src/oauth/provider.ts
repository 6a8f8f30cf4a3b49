/** What a provider tells about the person who signed in there. */
export interface ProviderIdentity {
  /** The provider's stable id for the person (`sub`, or GitHub's numeric id). */
  subject: string;
  email: string | null;
  /** Whether the provider says it checked that the person owns `email`. */
  emailVerified: boolean;
  name: string | null;
  /** A business or organisation name, when the provider has one. */
  businessName: string | null;
}

/** The per-flow secrets: the PKCE verifier and, for OpenID Connect, the ID token's nonce. */
export interface FlowSecrets {
  state: string;
  codeVerifier: string;
  nonce: string;
}

export interface OAuthProvider {
  id: string;
  name: string;
  /** The provider's authorization address for this flow (state, S256 challenge, nonce). */
  authorizationUrl(flow: FlowSecrets): Promise<URL>;
  /** Trades the code for tokens and checks them; throws OAuthFailure when anything is off. */
  identify(code: string, flow: FlowSecrets): Promise<ProviderIdentity>;
}

export type OAuthProviderConfig =
  | {
      kind: 'oidc';
      id: string;
      name: string;
      clientId: string;
      clientSecret: string;
      /** Discovery happens at `${issuer}/.well-known/openid-configuration`. */
      issuer: string;
    }
  | {
      kind: 'github';
      id: string;
      name: string;
      clientId: string;
      clientSecret: string;
      /** https://github.com, or a GitHub Enterprise Server's address. */
      webUrl: string;
      /** https://api.github.com, or `<server>/api/v3`. */
      apiUrl: string;
    };
