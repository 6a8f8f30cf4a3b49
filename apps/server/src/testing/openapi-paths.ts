/**
 * The REST contract as TypeScript types, generated from the OpenAPI document by
 * openapi-typescript: `npm run docs:openapi` writes it, and a test fails when it is stale.
 */
export interface paths {
  '/v1/auth/signup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start a sign-up: emails a one-time link valid 24 hours (a sign-in link if the account exists) */
    post: operations['auth-signup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/signin': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Email a sign-in link (valid 15 minutes), or a note that no account exists; the same answer for any address */
    post: operations['auth-signin'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/resend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Email a fresh link, retiring the older unused ones; the same answer for any address */
    post: operations['auth-resend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/links/inspect': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Whether a link still works, and for which (masked) address; never consumes it */
    post: operations['auth-inspectLink'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Use a one-time link: provisions the account (or signs in) and returns a session JWT */
    post: operations['auth-verify'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user, the tenant of their session and their role in it */
    get: operations['auth-me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Trade a refresh token (body or cookie) for a new JWT and a new refresh token */
    post: operations['auth-refresh'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/signout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End this session: its JWT and refresh token stop working */
    post: operations['auth-signout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/signout-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End every session of the signed-in user, on every device */
    post: operations['auth-signoutAll'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user’s active sessions, with device and last use */
    get: operations['auth-sessions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/sessions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** End one of the signed-in user’s sessions */
    delete: operations['auth-revokeSession'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/memberships': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The businesses (tenants) the signed-in person belongs to, with their role in each */
    get: operations['auth-memberships'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/switch-tenant': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move this session to another tenant the person belongs to: a JWT for it, no new sign-in; the session’s older JWTs stop working */
    post: operations['auth-switchTenant'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/providers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The sign-in providers configured (Google, GitHub, OpenID Connect), each with its authorize_url */
    get: operations['auth-providers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/identities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The providers connected to the signed-in user, by which they can sign in */
    get: operations['auth-identities'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/code': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Use the code of a sign-up or sign-in email, in the browser that asked: returns a session JWT as the link does */
    post: operations['auth-verifyCode'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/passkey/options': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Options for the browser to sign in with a passkey (valid 5 minutes): any of this site’s passkeys, autofill included */
    post: operations['auth-passkeyOptions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/passkey': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in with a passkey: the browser’s answer to the options; returns a session JWT as a link does */
    post: operations['auth-passkeySignin'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/tenants/{tenant_id}/plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The tenant’s plans with their tasks, newest first; tenant_id me is the caller’s own tenant */
    get: operations['tenants-plans'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/tenants/me/projects': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The workspaces of the caller’s tenant */
    get: operations['tenants-projects'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/tenants/me/audit-log': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The sign-in, session, email and membership events of the caller’s tenant, newest first, 50 (up to 200) a page; next_cursor reads older ones */
    get: operations['tenants-auditLog'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/analytics/funnel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The sign-up funnel of a time range, whole (totals) and by intent, use case or UTC day (groups); operator key only */
    get: operations['analytics-funnel'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/service-clients': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The tenant’s service clients with their scopes, last use and revocation, newest first */
    get: operations['serviceClients-list'];
    put?: never;
    /** Register a service client with its scopes; the answer holds its secret, shown this once */
    post: operations['serviceClients-create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/service-clients/{client_id}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revoke a service client: no more tokens, and its tokens are refused from their next call */
    post: operations['serviceClients-revoke'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The tenant’s members with their roles, owners first (services with members:read too) */
    get: operations['members-list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/members/{user_id}/role': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change a member’s role; making an owner, or changing an owner’s role, takes an owner; the last owner stays one */
    post: operations['members-setRole'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/members/{user_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a member: their access to the tenant ends at their next call; removing an owner takes an owner */
    delete: operations['members-remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/members/me/leave': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Leave the tenant of this session; a refresh then moves the session to another of your tenants, if any */
    post: operations['members-leave'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/members/{user_id}/transfer-ownership': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Make another member an owner and yourself an admin, in one step (owner only); naming yourself changes nothing */
    post: operations['members-transferOwnership'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The tenant’s invitations not yet accepted or revoked (expired ones too), newest first */
    get: operations['invitations-list'];
    put?: never;
    /** Invite an address as an admin or member: emails a link valid 7 days; an address already invited is invited again with a new link */
    post: operations['invitations-create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/invitations/{invitation_id}/resend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Email an invitation again with a new link and a fresh expiry; the old link stops working */
    post: operations['invitations-resend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/invitations/{invitation_id}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revoke an invitation: its link stops working */
    post: operations['invitations-revoke'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/invitations/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** What an invitation’s link offers (business, role, address) and whether the address has an account; never accepts it */
    post: operations['invitations-preview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/invitations/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept an invitation by its link and sign in to its business; someone new gives a name and gets an account */
    post: operations['invitations-accept'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/invitations/join': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept an invitation to the signed-in address and move this session to its business, without a new sign-in */
    post: operations['invitations-join'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/passkeys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in person’s passkeys, with when each was added and last used */
    get: operations['passkeys-list'];
    put?: never;
    /** Add the passkey the browser created; needs a sign-in in the last 10 minutes */
    post: operations['passkeys-register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/passkeys/registration-options': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Options for the browser to create a passkey (valid 5 minutes); needs a sign-in in the last 10 minutes */
    post: operations['passkeys-registrationOptions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/passkeys/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove one of the signed-in person’s passkeys: it no longer signs in; needs a sign-in in the last 10 minutes */
    delete: operations['passkeys-remove'];
    options?: never;
    head?: never;
    /** Rename one of the signed-in person’s passkeys */
    patch: operations['passkeys-rename'];
    trace?: never;
  };
  '/v1/auth/providers/signup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Finish a provider’s sign-up that gave no business name: creates the account */
    post: operations['auth-provider-signup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/oauth/token': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A service’s access token, by OAuth 2.0 client credentials (RFC 6749 §4.4)
     * @description The client authenticates with HTTP Basic (`client_secret_basic`) or with `client_id` and `client_secret` in the form (`client_secret_post`), not both. The token is an RFC 9068 JWT (`typ: at+jwt`) that the JWKS verifies.
     */
    post: operations['oauth-token'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    'auth-signup.error': {
      /**
       * @description The stable error code (tRPC’s name for the status)
       * @enum {string}
       */
      code:
        | 'BAD_REQUEST'
        | 'PAYLOAD_TOO_LARGE'
        | 'UNSUPPORTED_MEDIA_TYPE'
        | 'TOO_MANY_REQUESTS'
        | 'REQUEST_HEADER_FIELDS_TOO_LARGE'
        | 'INTERNAL_SERVER_ERROR'
        | 'SERVICE_UNAVAILABLE';
      /** @description What went wrong, in words a person can act on */
      message: string;
      data?: {
        /**
         * @description Why it was refused: stable values a client may switch on
         * @enum {string}
         */
        reason?: 'RATE_LIMITED' | 'SERVICE_UNAVAILABLE';
        /** @description With 400, invalid input: the first problem with each field, by its path */
        fields?: {
          [key: string]: string;
        };
        /** @description The same code as `code` */
        code?: string;
        /** @description The same status as the response’s */
        httpStatus?: number;
        /** @description The tRPC procedure that answered */
        path?: string;
        /** @description With 429 and 503: the Retry-After header’s seconds to wait */
        retryAfterSeconds?: number;
      };
      /** @description With 400, invalid input: the validator’s issues (`data.fields` is the short form) */
      issues?: Record<string, never>[];
    };
    'auth-signin.error': {
      /**
       * @description The stable error code (tRPC’s name for the status)
       * @enum {string}
       */
      code:
        | 'BAD_REQUEST'
        | 'PAYLOAD_TOO_LARGE'
        | 'UNSUPPORTED_MEDIA_TYPE'
        | 'TOO_MANY_REQUESTS'
        | 'REQUEST_HEADER_FIELDS_TOO_LARGE'
        | 'INTERNAL_SERVER_ERROR'
        | 'SERVICE_UNAVAILABLE';
      /** @description What went wrong, in words a person can act on */
      message: string;
      data?: {
        /**
         * @description Why it was refused: stable values a client may switch on
         * @enum {string}
         */
        reason?: 'RATE_LIMITED' | 'SERVICE_UNAVAILABLE';
        /** @description With 400, invalid input: the first problem with each field, by its path */
        fields?: {
          [key: string]: string;
        };
        /** @description The same code as `code` */
        code?: string;
        /** @description The same status as the response’s */
        httpStatus?: number;
        /** @description The tRPC procedure that answered */
        path?: string;
        /** @description With 429 and 503: the Retry-After header’s seconds to wait */
        retryAfterSeconds?: number;
      };
      /** @description With 400, invalid input: the validator’s issues (`data.fields` is the short form) */
      issues?: Record<string, never>[];
    };
    'auth-resend.error': {
      /**
       * @description The stable error code (tRPC’s name for the status)
       * @enum {string}
       */
      code:
        | 'BAD_REQUEST'
        | 'PAYLOAD_TOO_LARGE'
        | 'UNSUPPORTED_MEDIA_TYPE'
        | 'TOO_MANY_REQUESTS'
        | 'REQUEST_HEADER_FIELDS_TOO_LARGE'
        | 'INTERNAL_SERVER_ERROR'
        | 'SERVICE_UNAVAILABLE';
      /** @description What went wrong, in words a person can act on */
      message: string;
      data?: {
        /**
         * @description Why it was refused: stable values a client may switch on
         * @enum {string}
         */
        reason?: 'RATE_LIMITED' | 'SERVICE_UNAVAILABLE';
        /** @description With 400, invalid input: the first problem with each field, by its path */
        fields?: {
          [key: string]: string;
        };
        /** @description The same code as `code` */
        code?: string;
        /** @description The same status as the response’s */
        httpStatus?: number;
        /** @description The tRPC procedure that answered */
        path?: string;
        /** @description With 429 and 503: the Retry-After header’s seconds to wait */
        retryAfterSeconds?: number;
      };
      /** @description With 400, invalid input: the validator’s issues (`data.fields` is the short form) */
      issues?: Record<string, never>[];
    };
    'auth-inspectLink.error': {
      /**
       * @description The stable error code (tRPC’s name for the status)
       * @enum {string}
       */
      code:
        | 'BAD_REQUEST'
        | 'PAYLOAD_TOO_LARGE'
        | 'UNSUPPORTED_MEDIA_TYPE'
        | 'TOO_MANY_REQUESTS'
        | 'REQUEST_HEADER_FIELDS_TOO_LARGE'
        | 'INTERNAL_SERVER_ERROR'
        | 'SERVICE_UNAVAILABLE';
      /** @description What went wrong, in words a person can act on */
      message: string;
      data?: {
        /**
         * @description Why it was refused: stable values a client may switch on
         * @enum {string}
         */
        reason?: 'RATE_LIMITED' | 'SERVICE_UNAVAILABLE';
        /** @description With 400, invalid input: the first problem with each field, by its path */
        fields?: {
          [key: string]: string;
        };
        /** @description The same code as `code` */
        code?: string;
        /** @description The same status as the response’s */
        httpStatus?: number;
        /** @description The tRPC procedure that answered */
        path?: string;
        /** @description With 429 and 503: the Retry-After header’s seconds to wait */
        retryAfterSeconds?: number;
      };
      /** @description With 400, invalid input: the validator’s issues (`data.fields` is the short form) */
      issues?: Record<string, never>[];
    };
    'auth-verify.error': {
      /**
       * @description The stable error code (tRPC’s name for the status)
       * @enum {string}
       */
      code:
        | 'BAD_REQUEST'
        | 'NOT_FOUND'
        | 'CONFLICT'
        | 'PRECONDITION_FAILED'
        | 'PAYLOAD_TOO_LARGE'
        | 'UNSUPPORTED_MEDIA_TYPE'
        | 'PRECONDITION_REQUIRED'
        | 'TOO_MANY_REQUESTS'
        | 'REQUEST_HEADER_FIELDS_TOO_LARGE'
        | 'INTERNAL_SERVER_ERROR'
        | 'SERVICE_UNAVAILABLE';
      /** @description What went wrong, in words a person can act on */
      message: string;
      data?: {
        /**
         * @description Why it was refused: stable values a client may switch on
         * @enum {string}
         */
        reason?:
          | 'TOKEN_NOT_FOUND'
          | 'TOKEN_USED'
          | 'TOKEN_SUPERSEDED'
          | 'TOKEN_EXPIRED'
          | 'CONFIRMATION_REQUIRED'
          | 'RATE_LIMITED'
          | 'SERVICE_UNAVAILABLE';
        /** @description With 400, invalid input: the first problem with each field, by its path */
        fields?: {
          [key: string]: string;
        };
        /** @description The same code as `code` */
        code?: string;
        /** @description The same status as the response’s */
        httpStatus?: number;
        /** @description The tRPC procedure that answered */
        path?: string;
        /** @description With 429 and 503: the Retry-After header’s seconds to wait */
        retryAfterSeconds?: number;
      };
      /** @description With 400, invalid input: the validator’s issues (`data.fields` is the short form) */
      issues?: Record<string, never>[];
    };
    'auth-me.error': {
      /**
       * @description The stable error code (tRPC’s name for the status)
       * @enum {string}
       */
      code:
        | 'BAD_REQUEST'
        | 'UNAUTHORIZED'
        | 'FORBIDDEN'
        | 'REQUEST_HEADER_FIELDS_TOO_LARGE'
        | 'INTERNAL_SERVER_ERROR'
        | 'SERVICE_UNAVAILABLE';
      /** @description What went wrong, in words a person can act on */
      message: string;
      data?: {
        /**
         * @description Why it was refused: stable values a client may switch on
         * @enum {string}
         */
        reason?:
          | 'UNAUTHENTICATED'
          | 'SESSION_INVALID'
          | 'SERVICE_TOKEN_INVALID'
          | 'SERVICE_CLIENT_REVOKED'
          | 'MEMBERSHIP_ENDED'
          | 'SERVICE_NOT_ALLOWED'
          | 'SERVICE_UNAVAILABLE';
        /** @description With 400, invalid input: the first problem with each field, by its path */
        fields?: {
          [key: string]: string;
        };
        /** @description The same code as `code` */
        code?: string;
        /** @description The same status as the response’s */
        httpStatus?: number;
        /** @description The tRPC procedure that answered */
        path?: string;
        /** @description With 429 and 503: the Retry-After header’s seconds to wait */
        retryAfterSeconds?: number;
      };
      /** @description With 400, invalid input: the validator’s issues (`data.fields` is the short form) */
      issues?: Record<string, never>[];
    };
    'auth-refresh.error': {
      /**
       * @description The stable error code (tRPC’s name for the status)
       * @enum {string}
       */
      code:
        | 'BAD_REQUEST'
        | 'UNAUTHORIZED'
        | 'CONFLICT'
        | 'PAYLOAD_TOO_LARGE'
        | 'UNSUPPORTED_MEDIA_TYPE'
        | 'TOO_MANY_REQUESTS'
        | 'REQUEST_HEADER_FIELDS_TOO_LARGE'
        | 'INTERNAL_SERVER_ERROR'
        | 'SERVICE_UNAVAILABLE';
      /** @description What went wrong, in words a person can act on */
      message: string;
      data?: {
        /**
         * @description Why it was refused: stable values a client may switch on
         * @enum {string}
         */
        reason?:
          | 'REFRESH_TOKEN_INVALID'
          | 'REFRESH_TOKEN_REUSED'
          | 'REFRESH_TOKEN_ROTATED'
          | 'RATE_LIMITED'
          | 'SERVICE_UNAVAILABLE';
        /** @description With 400, invalid input: the first problem with each field, by its path */
        fields?: {
          [key: string]: string;
        };
        /** @description The same code as `code` */
        code?: string;
        /** @description The same status as the response’s */
        httpStatus?: number;
        /** @description The tRPC procedure that answered */
        path?: string;
        /** @description With 429 and 503: the Retry-After header’s seconds to wait */
        retryAfterSeconds?: number;
      };
      /** @description With 400, invalid input: the validator’s issues (`data.fields` is the short form) */
      issues?: Record<string, never>[];
    };
    'auth-signout.error': {
      /**
       * @description The stable error code (tRPC’s name for the status)
       * @enum {string}
       */
      code:
        | 'BAD_REQUEST'
        | 'UNAUTHORIZED'
        | 'FORBIDDEN'
        | 'PAYLOAD_TOO_LARGE'
        | 'UNSUPPORTED_MEDIA_TYPE'
        | 'REQUEST_HEADER_FIELDS_TOO_LARGE'
        | 'INTERNAL_SERVER_ERROR'
        | 'SERVICE_UNAVAILABLE';
      /** @description What went wrong, in words a person can act on */
      message: string;
      data?: {
        /**
         * @description Why it was refused: stable values a client may switch on
         * @enum {string}
         */
        reason?:
          | 'UNAUTHENTICATED'
          | 'SESSION_INVALID'
          | 'SERVICE_TOKEN_INVALID'
          | 'SERVICE_CLIENT_REVOKED'
          | 'SERVICE_NOT_ALLOWED'
          | 'SERVICE_UNAVAILABLE';
        /** @description With 400, invalid input: the first problem with each field, by its path */
        fields?: {
          [key: string]: string;
        };
        /** @description The same code as `code` */
        code?: string;
        /** @description The same status as the response’s */
        httpStatus?: number;
        /** @description The tRPC procedure that answered */
        path?: string;
        /** @description With 429 and 503: the Retry-After header’s seconds to wait */
        retryAfterSeconds?: number;
      };
      /** @description With 400, invalid input: the validator’s issues (`data.fields` is the short form) */
      issues?: Record<string, never>[];
    };
    'auth-signoutAll.error': {
      /**
       * @description The stable error code (tRPC’s name for the status)
       * @enum {string}
       */
      code:
        | 'BAD_REQUEST'
        | 'UNAUTHORIZED'
        | 'FORBIDDEN'
        | 'PAYLOAD_TOO_LARGE'
        | 'UNSUPPORTED_MEDIA_TYPE'
        | 'REQUEST_HEADER_FIELDS_TOO_LARGE'
        | 'INTERNAL_SERVER_ERROR'
        | 'SERVICE_UNAVAILABLE';
      /** @description What went wrong, in words a person can act on */
      message: string;
      data?: {
        /**
         * @description Why it was refused: stable values a client may switch on
         * @enum {string}
         */
        reason?:
          | 'UNAUTHENTICATED'
          | 'SESSION_INVALID'
          | 'SERVICE_TOKEN_INVALID'
          | 'SERVICE_CLIENT_REVOKED'
          | 'SERVICE_NOT_ALLOWED'
          | 'SERVICE_UNAVAILABLE';
        /** @description With 400, invalid input: the first problem with each field, by its path */
        fields?: {
          [key: string]: string;
        };
        /** @description The same code as `code` */
        code?: string;
        /** @description The same status as the response’s */
        httpStatus?: number;
        /** @description The tRPC procedure that answered */
        path?: string;
        /** @description With 429 and 503: the Retry-After header’s seconds to wait */
        retryAfterSeconds?: number;
      };
      /** @description With 400, invalid input: the validator’s issues (`data.fields` is the short form) */
      issues?: Record<string, never>[];
    };
    'auth-sessions.error': {
      /**
       * @description The stable error code (tRPC’s name for the status)
       * @enum {string}
       */
      code:
        | 'BAD_REQUEST'
        | 'UNAUTHORIZED'
        | 'FORBIDDEN'
        | 'REQUEST_HEADER_FIELDS_TOO_LARGE'
        | 'INTERNAL_SERVER_ERROR'
        | 'SERVICE_UNAVAILABLE';
      /** @description What went wrong, in words a person can act on */
      message: string;
      data?: {
        /**
         * @description Why it was refused: stable values a client may switch on
         * @enum {string}
         */
        reason?:
          | 'UNAUTHENTICATED'
          | 'SESSION_INVALID'
          | 'SERVICE_TOKEN_INVALID'
          | 'SERVICE_CLIENT_REVOKED'
          | 'SERVICE_NOT_ALLOWED'
          | 'SERVICE_UNAVAILABLE';
        /** @description With 400, invalid input: the first problem with each field, by its path */
        fields?: {
          [key: string]: string;
        };
        /** @description The same code as `code` */
        code?: string;
        /** @description The same status as the response’s */
        httpStatus?: number;
        /** @description The tRPC procedure that answered */
        path?: string;
        /** @description With 429 and 503: the Retry-After header’s seconds to wait */
        retryAfterSeconds?: number;
      };
      /** @description With 400, invalid input: the validator’s issues (`data.fields` is the short form) */
      issues?: Record<string, never>[];
    };
    'auth-revokeSession.error': {
      /**
       * @description The stable error code (tRPC’s name for the status)
       * @enum {string}
       */
      code:
        | 'BAD_REQUEST'
        | 'UNAUTHORIZED'
        | 'FORBIDDEN'
        | 'NOT_FOUND'
        | 'URI_TOO_LONG'
        | 'REQUEST_HEADER_FIELDS_TOO_LARGE'
        | 'INTERNAL_SERVER_ERROR'
        | 'SERVICE_UNAVAILABLE';
      /** @description What went wrong, in words a person can act on */
      message: string;
      data?: {
        /**
         * @description Why it was refused: stable values a client may switch on
         * @enum {string}
         */
        reason?:
          | 'UNAUTHENTICATED'
          | 'SESSION_INVALID'
          | 'SERVICE_TOKEN_INVALID'
          | 'SERVICE_CLIENT_REVOKED'
          | 'SERVICE_NOT_ALLOWED'
          | 'SESSION_NOT_FOUND'
          | 'SERVICE_UNAVAILABLE';
        /** @description With 400, invalid input: the first problem with each field, by its path */
        fields?: {
          [key: string]: string;
        };
        /** @description The same code as `code` */
        code?: string;
        /** @description The same status as the response’s */
        httpStatus?: number;
        /** @description The tRPC procedure that answered */
        path?: string;
        /** @description With 429 and 503: the Retry-After header’s seconds to wait */
        retryAfterSeconds?: number;
      };
      /** @description With 400, invalid input: the validator’s issues (`data.fields` is the short form) */
      issues?: Record<string, never>[];
    };
    'auth-memberships.error': {
      /**
       * @description The stable error code (tRPC’s name for the status)
       * @enum {string}
       */
      code:
        | 'BAD_REQUEST'
        | 'UNAUTHORIZED'
        | 'FORBIDDEN'
        | 'REQUEST_HEADER_FIELDS_TOO_LARGE'
        | 'INTERNAL_SERVER_ERROR'
        | 'SERVICE_UNAVAILABLE';
      /** @description What went wrong, in words a person can act on */
      message: string;
      data?: {
        /**
         * @description Why it was refused: stable values a client may switch on
         * @enum {string}
         */
        reason?:
          | 'UNAUTHENTICATED'
          | 'SESSION_INVALID'
          | 'SERVICE_TOKEN_INVALID'
          | 'SERVICE_CLIENT_REVOKED'
          | 'SERVICE_NOT_ALLOWED'
          | 'SERVICE_UNAVAILABLE';
        /** @description With 400, invalid input: the first problem with each field, by its path */
        fields?: {
          [key: string]: string;
        };
        /** @description The same code as `code` */
        code?: string;
        /** @description The same status as the response’s */
        httpStatus?: number;
        /** @description The tRPC procedure that answered */
        path?: string;
        /** @description With 429 and 503: the Retry-After header’s seconds to wait */
        retryAfterSeconds?: number;
      };
      /** @description With 400, invalid input: the validator’s issues (`data.fields` is the short form) */
      issues?: Record<string, never>[];
    };
    'auth-switchTenant.error': {
      /**
       * @description The stable error code (tRPC’s name for the status)
       * @enum {string}
       */
      code:
        | 'BAD_REQUEST'
        | 'UNAUTHORIZED'
        | 'FORBIDDEN'
        | 'PAYLOAD_TOO_LARGE'
        | 'UNSUPPORTED_MEDIA_TYPE'
        | 'REQUEST_HEADER_FIELDS_TOO_LARGE'
        | 'INTERNAL_SERVER_ERROR'
        | 'SERVICE_UNAVAILABLE';
      /** @description What went wrong, in words a person can act on */
      message: string;
      data?: {
        /**
         * @description Why it was refused: stable values a client may switch on
         * @enum {string}
         */
        reason?:
          | 'UNAUTHENTICATED'
          | 'SESSION_INVALID'
          | 'SERVICE_TOKEN_INVALID'
          | 'SERVICE_CLIENT_REVOKED'
          | 'SERVICE_NOT_ALLOWED'
          | 'TENANT_FORBIDDEN'
          | 'SERVICE_UNAVAILABLE';
        /** @description With 400, invalid input: the first problem with each field, by its path */
        fields?: {
          [key: string]: string;
        };
        /** @description The same code as `code` */
        code?: string;
        /** @description The same status as the response’s */
        httpStatus?: number;
        /** @description The tRPC procedure that answered */
        path?: string;
        /** @description With 429 and 503: the Retry-After header’s seconds to wait */
        retryAfterSeconds?: number;
      };
      /** @description With 400, invalid input: the validator’s issues (`data.fields` is the short form) */
      issues?: Record<string, never>[];
    };
    'auth-providers.error': {
      /**
       * @description The stable error code (tRPC’s name for the status)
       * @enum {string}
       */
      code:
        | 'BAD_REQUEST'
        | 'REQUEST_HEADER_FIELDS_TOO_LARGE'
        | 'INTERNAL_SERVER_ERROR'
        | 'SERVICE_UNAVAILABLE';
      /** @description What went wrong, in words a person can act on */
      message: string;
      data?: {
        /**
         * @description Why it was refused: stable values a client may switch on
         * @enum {string}
         */
        reason?: 'SERVICE_UNAVAILABLE';
        /** @description With 400, invalid input: the first problem with each field, by its path */
        fields?: {
          [key: string]: string;
        };
        /** @description The same code as `code` */
        code?: string;
        /** @description The same status as the response’s */
        httpStatus?: number;
        /** @description The tRPC procedure that answered */
        path?: string;
        /** @description With 429 and 503: the Retry-After header’s seconds to wait */
        retryAfterSeconds?: number;
      };
      /** @description With 400, invalid input: the validator’s issues (`data.fields` is the short form) */
      issues?: Record<string, never>[];
    };
    'auth-identities.error': {
      /**
       * @description The stable error code (tRPC’s name for the status)
       * @enum {string}
       */
      code:
        | 'BAD_REQUEST'
        | 'UNAUTHORIZED'
        | 'FORBIDDEN'
        | 'REQUEST_HEADER_FIELDS_TOO_LARGE'
        | 'INTERNAL_SERVER_ERROR'
        | 'SERVICE_UNAVAILABLE';
      /** @description What went wrong, in words a person can act on */
      message: string;
      data?: {
        /**
         * @description Why it was refused: stable values a client may switch on
         * @enum {string}
         */
        reason?:
          | 'UNAUTHENTICATED'
          | 'SESSION_INVALID'
          | 'SERVICE_TOKEN_INVALID'
          | 'SERVICE_CLIENT_REVOKED'
          | 'SERVICE_NOT_ALLOWED'
          | 'SERVICE_UNAVAILABLE';
        /** @description With 400, invalid input: the first problem with each field, by its path */
        fields?: {
          [key: string]: string;
        };
        /** @description The same code as `code` */
        code?: string;
        /** @description The same status as the response’s */
        httpStatus?: number;
        /** @description The tRPC procedure that answered */
        path?: string;
        /** @description With 429 and 503: the Retry-After header’s seconds to wait */
        retryAfterSeconds?: number;
      };
      /** @description With 400, invalid input: the validator’s issues (`data.fields` is the short form) */
      issues?: Record<string, never>[];
    };
    'auth-verifyCode.error': {
      /**
       * @description The stable error code (tRPC’s name for the status)
       * @enum {string}
       */
      code:
        | 'BAD_REQUEST'
        | 'NOT_FOUND'
        | 'CONFLICT'
        | 'PRECONDITION_FAILED'
        | 'PAYLOAD_TOO_LARGE'
        | 'UNSUPPORTED_MEDIA_TYPE'
        | 'TOO_MANY_REQUESTS'
        | 'REQUEST_HEADER_FIELDS_TOO_LARGE'
        | 'INTERNAL_SERVER_ERROR'
        | 'SERVICE_UNAVAILABLE';
      /** @description What went wrong, in words a person can act on */
      message: string;
      data?: {
        /**
         * @description Why it was refused: stable values a client may switch on
         * @enum {string}
         */
        reason?:
          | 'CODE_INVALID'
          | 'CODE_USED'
          | 'CODE_SUPERSEDED'
          | 'CODE_EXPIRED'
          | 'CODE_TRIES_EXHAUSTED'
          | 'RATE_LIMITED'
          | 'SERVICE_UNAVAILABLE';
        /** @description With 400, invalid input: the first problem with each field, by its path */
        fields?: {
          [key: string]: string;
        };
        /** @description The same code as `code` */
        code?: string;
        /** @description The same status as the response’s */
        httpStatus?: number;
        /** @description The tRPC procedure that answered */
        path?: string;
        /** @description With 429 and 503: the Retry-After header’s seconds to wait */
        retryAfterSeconds?: number;
      };
      /** @description With 400, invalid input: the validator’s issues (`data.fields` is the short form) */
      issues?: Record<string, never>[];
    };
    'auth-passkeyOptions.error': {
      /**
       * @description The stable error code (tRPC’s name for the status)
       * @enum {string}
       */
      code:
        | 'BAD_REQUEST'
        | 'PAYLOAD_TOO_LARGE'
        | 'UNSUPPORTED_MEDIA_TYPE'
        | 'TOO_MANY_REQUESTS'
        | 'REQUEST_HEADER_FIELDS_TOO_LARGE'
        | 'INTERNAL_SERVER_ERROR'
        | 'SERVICE_UNAVAILABLE';
      /** @description What went wrong, in words a person can act on */
      message: string;
      data?: {
        /**
         * @description Why it was refused: stable values a client may switch on
         * @enum {string}
         */
        reason?: 'RATE_LIMITED' | 'SERVICE_UNAVAILABLE';
        /** @description With 400, invalid input: the first problem with each field, by its path */
        fields?: {
          [key: string]: string;
        };
        /** @description The same code as `code` */
        code?: string;
        /** @description The same status as the response’s */
        httpStatus?: number;
        /** @description The tRPC procedure that answered */
        path?: string;
        /** @description With 429 and 503: the Retry-After header’s seconds to wait */
        retryAfterSeconds?: number;
      };
      /** @description With 400, invalid input: the validator’s issues (`data.fields` is the short form) */
      issues?: Record<string, never>[];
    };
    'auth-passkeySignin.error': {
      /**
       * @description The stable error code (tRPC’s name for the status)
       * @enum {string}
       */
      code:
        | 'BAD_REQUEST'
        | 'UNAUTHORIZED'
        | 'FORBIDDEN'
        | 'PAYLOAD_TOO_LARGE'
        | 'UNSUPPORTED_MEDIA_TYPE'
        | 'TOO_MANY_REQUESTS'
        | 'REQUEST_HEADER_FIELDS_TOO_LARGE'
        | 'INTERNAL_SERVER_ERROR'
        | 'SERVICE_UNAVAILABLE';
      /** @description What went wrong, in words a person can act on */
      message: string;
      data?: {
        /**
         * @description Why it was refused: stable values a client may switch on
         * @enum {string}
         */
        reason?:
          'PASSKEY_NOT_RECOGNIZED' | 'NO_MEMBERSHIP' | 'RATE_LIMITED' | 'SERVICE_UNAVAILABLE';
        /** @description With 400, invalid input: the first problem with each field, by its path */
        fields?: {
          [key: string]: string;
        };
        /** @description The same code as `code` */
        code?: string;
        /** @description The same status as the response’s */
        httpStatus?: number;
        /** @description The tRPC procedure that answered */
        path?: string;
        /** @description With 429 and 503: the Retry-After header’s seconds to wait */
        retryAfterSeconds?: number;
      };
      /** @description With 400, invalid input: the validator’s issues (`data.fields` is the short form) */
      issues?: Record<string, never>[];
    };
    'tenants-plans.error': {
      /**
       * @description The stable error code (tRPC’s name for the status)
       * @enum {string}
       */
      code:
        | 'BAD_REQUEST'
        | 'UNAUTHORIZED'
        | 'FORBIDDEN'
        | 'URI_TOO_LONG'
        | 'REQUEST_HEADER_FIELDS_TOO_LARGE'
        | 'INTERNAL_SERVER_ERROR'
        | 'SERVICE_UNAVAILABLE';
      /** @description What went wrong, in words a person can act on */
      message: string;
      data?: {
        /**
         * @description Why it was refused: stable values a client may switch on
         * @enum {string}
         */
        reason?:
          | 'UNAUTHENTICATED'
          | 'SESSION_INVALID'
          | 'SERVICE_TOKEN_INVALID'
          | 'SERVICE_CLIENT_REVOKED'
          | 'MEMBERSHIP_ENDED'
          | 'SCOPE_REQUIRED'
          | 'TENANT_FORBIDDEN'
          | 'SERVICE_UNAVAILABLE';
        /** @description With 400, invalid input: the first problem with each field, by its path */
        fields?: {
          [key: string]: string;
        };
        /** @description The same code as `code` */
        code?: string;
        /** @description The same status as the response’s */
        httpStatus?: number;
        /** @description The tRPC procedure that answered */
        path?: string;
        /** @description With 429 and 503: the Retry-After header’s seconds to wait */
        retryAfterSeconds?: number;
      };
      /** @description With 400, invalid input: the validator’s issues (`data.fields` is the short form) */
      issues?: Record<string, never>[];
    };
    'tenants-projects.error': {
      /**
       * @description The stable error code (tRPC’s name for the status)
       * @enum {string}
       */
      code:
        | 'BAD_REQUEST'
        | 'UNAUTHORIZED'
        | 'FORBIDDEN'
        | 'REQUEST_HEADER_FIELDS_TOO_LARGE'
        | 'INTERNAL_SERVER_ERROR'
        | 'SERVICE_UNAVAILABLE';
      /** @description What went wrong, in words a person can act on */
      message: string;
      data?: {
        /**
         * @description Why it was refused: stable values a client may switch on
         * @enum {string}
         */
        reason?:
          | 'UNAUTHENTICATED'
          | 'SESSION_INVALID'
          | 'SERVICE_TOKEN_INVALID'
          | 'SERVICE_CLIENT_REVOKED'
          | 'MEMBERSHIP_ENDED'
          | 'SCOPE_REQUIRED'
          | 'SERVICE_UNAVAILABLE';
        /** @description With 400, invalid input: the first problem with each field, by its path */
        fields?: {
          [key: string]: string;
        };
        /** @description The same code as `code` */
        code?: string;
        /** @description The same status as the response’s */
        httpStatus?: number;
        /** @description The tRPC procedure that answered */
        path?: string;
        /** @description With 429 and 503: the Retry-After header’s seconds to wait */
        retryAfterSeconds?: number;
      };
      /** @description With 400, invalid input: the validator’s issues (`data.fields` is the short form) */
      issues?: Record<string, never>[];
    };
    'tenants-auditLog.error': {
      /**
       * @description The stable error code (tRPC’s name for the status)
       * @enum {string}
       */
      code:
        | 'BAD_REQUEST'
        | 'UNAUTHORIZED'
        | 'FORBIDDEN'
        | 'REQUEST_HEADER_FIELDS_TOO_LARGE'
        | 'INTERNAL_SERVER_ERROR'
        | 'SERVICE_UNAVAILABLE';
      /** @description What went wrong, in words a person can act on */
      message: string;
      data?: {
        /**
         * @description Why it was refused: stable values a client may switch on
         * @enum {string}
         */
        reason?:
          | 'CURSOR_INVALID'
          | 'UNAUTHENTICATED'
          | 'SESSION_INVALID'
          | 'SERVICE_TOKEN_INVALID'
          | 'SERVICE_CLIENT_REVOKED'
          | 'MEMBERSHIP_ENDED'
          | 'PERMISSION_REQUIRED'
          | 'SERVICE_NOT_ALLOWED'
          | 'SERVICE_UNAVAILABLE';
        /** @description With 400, invalid input: the first problem with each field, by its path */
        fields?: {
          [key: string]: string;
        };
        /** @description The same code as `code` */
        code?: string;
        /** @description The same status as the response’s */
        httpStatus?: number;
        /** @description The tRPC procedure that answered */
        path?: string;
        /** @description With 429 and 503: the Retry-After header’s seconds to wait */
        retryAfterSeconds?: number;
      };
      /** @description With 400, invalid input: the validator’s issues (`data.fields` is the short form) */
      issues?: Record<string, never>[];
    };
    'analytics-funnel.error': {
      /**
       * @description The stable error code (tRPC’s name for the status)
       * @enum {string}
       */
      code:
        | 'BAD_REQUEST'
        | 'UNAUTHORIZED'
        | 'FORBIDDEN'
        | 'TOO_MANY_REQUESTS'
        | 'REQUEST_HEADER_FIELDS_TOO_LARGE'
        | 'INTERNAL_SERVER_ERROR'
        | 'SERVICE_UNAVAILABLE';
      /** @description What went wrong, in words a person can act on */
      message: string;
      data?: {
        /**
         * @description Why it was refused: stable values a client may switch on
         * @enum {string}
         */
        reason?:
          'ADMIN_KEY_INVALID' | 'ADMIN_API_DISABLED' | 'RATE_LIMITED' | 'SERVICE_UNAVAILABLE';
        /** @description With 400, invalid input: the first problem with each field, by its path */
        fields?: {
          [key: string]: string;
        };
        /** @description The same code as `code` */
        code?: string;
        /** @description The same status as the response’s */
        httpStatus?: number;
        /** @description The tRPC procedure that answered */
        path?: string;
        /** @description With 429 and 503: the Retry-After header’s seconds to wait */
        retryAfterSeconds?: number;
      };
      /** @description With 400, invalid input: the validator’s issues (`data.fields` is the short form) */
      issues?: Record<string, never>[];
    };
    'serviceClients-list.error': {
      /**
       * @description The stable error code (tRPC’s name for the status)
       * @enum {string}
       */
      code:
        | 'BAD_REQUEST'
        | 'UNAUTHORIZED'
        | 'FORBIDDEN'
        | 'REQUEST_HEADER_FIELDS_TOO_LARGE'
        | 'INTERNAL_SERVER_ERROR'
        | 'SERVICE_UNAVAILABLE';
      /** @description What went wrong, in words a person can act on */
      message: string;
      data?: {
        /**
         * @description Why it was refused: stable values a client may switch on
         * @enum {string}
         */
        reason?:
          | 'UNAUTHENTICATED'
          | 'SESSION_INVALID'
          | 'SERVICE_TOKEN_INVALID'
          | 'SERVICE_CLIENT_REVOKED'
          | 'MEMBERSHIP_ENDED'
          | 'PERMISSION_REQUIRED'
          | 'SERVICE_NOT_ALLOWED'
          | 'SERVICE_UNAVAILABLE';
        /** @description With 400, invalid input: the first problem with each field, by its path */
        fields?: {
          [key: string]: string;
        };
        /** @description The same code as `code` */
        code?: string;
        /** @description The same status as the response’s */
        httpStatus?: number;
        /** @description The tRPC procedure that answered */
        path?: string;
        /** @description With 429 and 503: the Retry-After header’s seconds to wait */
        retryAfterSeconds?: number;
      };
      /** @description With 400, invalid input: the validator’s issues (`data.fields` is the short form) */
      issues?: Record<string, never>[];
    };
    'serviceClients-create.error': {
      /**
       * @description The stable error code (tRPC’s name for the status)
       * @enum {string}
       */
      code:
        | 'BAD_REQUEST'
        | 'UNAUTHORIZED'
        | 'FORBIDDEN'
        | 'PAYLOAD_TOO_LARGE'
        | 'UNSUPPORTED_MEDIA_TYPE'
        | 'REQUEST_HEADER_FIELDS_TOO_LARGE'
        | 'INTERNAL_SERVER_ERROR'
        | 'SERVICE_UNAVAILABLE';
      /** @description What went wrong, in words a person can act on */
      message: string;
      data?: {
        /**
         * @description Why it was refused: stable values a client may switch on
         * @enum {string}
         */
        reason?:
          | 'UNAUTHENTICATED'
          | 'SESSION_INVALID'
          | 'SERVICE_TOKEN_INVALID'
          | 'SERVICE_CLIENT_REVOKED'
          | 'MEMBERSHIP_ENDED'
          | 'PERMISSION_REQUIRED'
          | 'SERVICE_NOT_ALLOWED'
          | 'SERVICE_UNAVAILABLE';
        /** @description With 400, invalid input: the first problem with each field, by its path */
        fields?: {
          [key: string]: string;
        };
        /** @description The same code as `code` */
        code?: string;
        /** @description The same status as the response’s */
        httpStatus?: number;
        /** @description The tRPC procedure that answered */
        path?: string;
        /** @description With 429 and 503: the Retry-After header’s seconds to wait */
        retryAfterSeconds?: number;
      };
      /** @description With 400, invalid input: the validator’s issues (`data.fields` is the short form) */
      issues?: Record<string, never>[];
    };
    'serviceClients-revoke.error': {
      /**
       * @description The stable error code (tRPC’s name for the status)
       * @enum {string}
       */
      code:
        | 'BAD_REQUEST'
        | 'UNAUTHORIZED'
        | 'FORBIDDEN'
        | 'NOT_FOUND'
        | 'PAYLOAD_TOO_LARGE'
        | 'URI_TOO_LONG'
        | 'UNSUPPORTED_MEDIA_TYPE'
        | 'REQUEST_HEADER_FIELDS_TOO_LARGE'
        | 'INTERNAL_SERVER_ERROR'
        | 'SERVICE_UNAVAILABLE';
      /** @description What went wrong, in words a person can act on */
      message: string;
      data?: {
        /**
         * @description Why it was refused: stable values a client may switch on
         * @enum {string}
         */
        reason?:
          | 'UNAUTHENTICATED'
          | 'SESSION_INVALID'
          | 'SERVICE_TOKEN_INVALID'
          | 'SERVICE_CLIENT_REVOKED'
          | 'MEMBERSHIP_ENDED'
          | 'PERMISSION_REQUIRED'
          | 'SERVICE_NOT_ALLOWED'
          | 'SERVICE_CLIENT_NOT_FOUND'
          | 'SERVICE_UNAVAILABLE';
        /** @description With 400, invalid input: the first problem with each field, by its path */
        fields?: {
          [key: string]: string;
        };
        /** @description The same code as `code` */
        code?: string;
        /** @description The same status as the response’s */
        httpStatus?: number;
        /** @description The tRPC procedure that answered */
        path?: string;
        /** @description With 429 and 503: the Retry-After header’s seconds to wait */
        retryAfterSeconds?: number;
      };
      /** @description With 400, invalid input: the validator’s issues (`data.fields` is the short form) */
      issues?: Record<string, never>[];
    };
    'members-list.error': {
      /**
       * @description The stable error code (tRPC’s name for the status)
       * @enum {string}
       */
      code:
        | 'BAD_REQUEST'
        | 'UNAUTHORIZED'
        | 'FORBIDDEN'
        | 'REQUEST_HEADER_FIELDS_TOO_LARGE'
        | 'INTERNAL_SERVER_ERROR'
        | 'SERVICE_UNAVAILABLE';
      /** @description What went wrong, in words a person can act on */
      message: string;
      data?: {
        /**
         * @description Why it was refused: stable values a client may switch on
         * @enum {string}
         */
        reason?:
          | 'UNAUTHENTICATED'
          | 'SESSION_INVALID'
          | 'SERVICE_TOKEN_INVALID'
          | 'SERVICE_CLIENT_REVOKED'
          | 'MEMBERSHIP_ENDED'
          | 'SCOPE_REQUIRED'
          | 'SERVICE_UNAVAILABLE';
        /** @description With 400, invalid input: the first problem with each field, by its path */
        fields?: {
          [key: string]: string;
        };
        /** @description The same code as `code` */
        code?: string;
        /** @description The same status as the response’s */
        httpStatus?: number;
        /** @description The tRPC procedure that answered */
        path?: string;
        /** @description With 429 and 503: the Retry-After header’s seconds to wait */
        retryAfterSeconds?: number;
      };
      /** @description With 400, invalid input: the validator’s issues (`data.fields` is the short form) */
      issues?: Record<string, never>[];
    };
    'members-setRole.error': {
      /**
       * @description The stable error code (tRPC’s name for the status)
       * @enum {string}
       */
      code:
        | 'BAD_REQUEST'
        | 'UNAUTHORIZED'
        | 'FORBIDDEN'
        | 'NOT_FOUND'
        | 'CONFLICT'
        | 'PAYLOAD_TOO_LARGE'
        | 'URI_TOO_LONG'
        | 'UNSUPPORTED_MEDIA_TYPE'
        | 'REQUEST_HEADER_FIELDS_TOO_LARGE'
        | 'INTERNAL_SERVER_ERROR'
        | 'SERVICE_UNAVAILABLE';
      /** @description What went wrong, in words a person can act on */
      message: string;
      data?: {
        /**
         * @description Why it was refused: stable values a client may switch on
         * @enum {string}
         */
        reason?:
          | 'UNAUTHENTICATED'
          | 'SESSION_INVALID'
          | 'SERVICE_TOKEN_INVALID'
          | 'SERVICE_CLIENT_REVOKED'
          | 'MEMBERSHIP_ENDED'
          | 'PERMISSION_REQUIRED'
          | 'SERVICE_NOT_ALLOWED'
          | 'MEMBER_NOT_FOUND'
          | 'LAST_OWNER'
          | 'SERVICE_UNAVAILABLE';
        /** @description With 400, invalid input: the first problem with each field, by its path */
        fields?: {
          [key: string]: string;
        };
        /** @description The same code as `code` */
        code?: string;
        /** @description The same status as the response’s */
        httpStatus?: number;
        /** @description The tRPC procedure that answered */
        path?: string;
        /** @description With 429 and 503: the Retry-After header’s seconds to wait */
        retryAfterSeconds?: number;
      };
      /** @description With 400, invalid input: the validator’s issues (`data.fields` is the short form) */
      issues?: Record<string, never>[];
    };
    'members-remove.error': {
      /**
       * @description The stable error code (tRPC’s name for the status)
       * @enum {string}
       */
      code:
        | 'BAD_REQUEST'
        | 'UNAUTHORIZED'
        | 'FORBIDDEN'
        | 'NOT_FOUND'
        | 'CONFLICT'
        | 'URI_TOO_LONG'
        | 'REQUEST_HEADER_FIELDS_TOO_LARGE'
        | 'INTERNAL_SERVER_ERROR'
        | 'SERVICE_UNAVAILABLE';
      /** @description What went wrong, in words a person can act on */
      message: string;
      data?: {
        /**
         * @description Why it was refused: stable values a client may switch on
         * @enum {string}
         */
        reason?:
          | 'UNAUTHENTICATED'
          | 'SESSION_INVALID'
          | 'SERVICE_TOKEN_INVALID'
          | 'SERVICE_CLIENT_REVOKED'
          | 'MEMBERSHIP_ENDED'
          | 'PERMISSION_REQUIRED'
          | 'SERVICE_NOT_ALLOWED'
          | 'MEMBER_NOT_FOUND'
          | 'LAST_OWNER'
          | 'SERVICE_UNAVAILABLE';
        /** @description With 400, invalid input: the first problem with each field, by its path */
        fields?: {
          [key: string]: string;
        };
        /** @description The same code as `code` */
        code?: string;
        /** @description The same status as the response’s */
        httpStatus?: number;
        /** @description The tRPC procedure that answered */
        path?: string;
        /** @description With 429 and 503: the Retry-After header’s seconds to wait */
        retryAfterSeconds?: number;
      };
      /** @description With 400, invalid input: the validator’s issues (`data.fields` is the short form) */
      issues?: Record<string, never>[];
    };
    'members-leave.error': {
      /**
       * @description The stable error code (tRPC’s name for the status)
       * @enum {string}
       */
      code:
        | 'BAD_REQUEST'
        | 'UNAUTHORIZED'
        | 'FORBIDDEN'
        | 'CONFLICT'
        | 'PAYLOAD_TOO_LARGE'
        | 'UNSUPPORTED_MEDIA_TYPE'
        | 'REQUEST_HEADER_FIELDS_TOO_LARGE'
        | 'INTERNAL_SERVER_ERROR'
        | 'SERVICE_UNAVAILABLE';
      /** @description What went wrong, in words a person can act on */
      message: string;
      data?: {
        /**
         * @description Why it was refused: stable values a client may switch on
         * @enum {string}
         */
        reason?:
          | 'UNAUTHENTICATED'
          | 'SESSION_INVALID'
          | 'SERVICE_TOKEN_INVALID'
          | 'SERVICE_CLIENT_REVOKED'
          | 'MEMBERSHIP_ENDED'
          | 'SERVICE_NOT_ALLOWED'
          | 'LAST_OWNER'
          | 'SERVICE_UNAVAILABLE';
        /** @description With 400, invalid input: the first problem with each field, by its path */
        fields?: {
          [key: string]: string;
        };
        /** @description The same code as `code` */
        code?: string;
        /** @description The same status as the response’s */
        httpStatus?: number;
        /** @description The tRPC procedure that answered */
        path?: string;
        /** @description With 429 and 503: the Retry-After header’s seconds to wait */
        retryAfterSeconds?: number;
      };
      /** @description With 400, invalid input: the validator’s issues (`data.fields` is the short form) */
      issues?: Record<string, never>[];
    };
    'members-transferOwnership.error': {
      /**
       * @description The stable error code (tRPC’s name for the status)
       * @enum {string}
       */
      code:
        | 'BAD_REQUEST'
        | 'UNAUTHORIZED'
        | 'FORBIDDEN'
        | 'NOT_FOUND'
        | 'PAYLOAD_TOO_LARGE'
        | 'URI_TOO_LONG'
        | 'UNSUPPORTED_MEDIA_TYPE'
        | 'REQUEST_HEADER_FIELDS_TOO_LARGE'
        | 'INTERNAL_SERVER_ERROR'
        | 'SERVICE_UNAVAILABLE';
      /** @description What went wrong, in words a person can act on */
      message: string;
      data?: {
        /**
         * @description Why it was refused: stable values a client may switch on
         * @enum {string}
         */
        reason?:
          | 'UNAUTHENTICATED'
          | 'SESSION_INVALID'
          | 'SERVICE_TOKEN_INVALID'
          | 'SERVICE_CLIENT_REVOKED'
          | 'MEMBERSHIP_ENDED'
          | 'PERMISSION_REQUIRED'
          | 'SERVICE_NOT_ALLOWED'
          | 'MEMBER_NOT_FOUND'
          | 'SERVICE_UNAVAILABLE';
        /** @description With 400, invalid input: the first problem with each field, by its path */
        fields?: {
          [key: string]: string;
        };
        /** @description The same code as `code` */
        code?: string;
        /** @description The same status as the response’s */
        httpStatus?: number;
        /** @description The tRPC procedure that answered */
        path?: string;
        /** @description With 429 and 503: the Retry-After header’s seconds to wait */
        retryAfterSeconds?: number;
      };
      /** @description With 400, invalid input: the validator’s issues (`data.fields` is the short form) */
      issues?: Record<string, never>[];
    };
    'invitations-create.error': {
      /**
       * @description The stable error code (tRPC’s name for the status)
       * @enum {string}
       */
      code:
        | 'BAD_REQUEST'
        | 'UNAUTHORIZED'
        | 'FORBIDDEN'
        | 'CONFLICT'
        | 'PAYLOAD_TOO_LARGE'
        | 'UNSUPPORTED_MEDIA_TYPE'
        | 'TOO_MANY_REQUESTS'
        | 'REQUEST_HEADER_FIELDS_TOO_LARGE'
        | 'INTERNAL_SERVER_ERROR'
        | 'SERVICE_UNAVAILABLE';
      /** @description What went wrong, in words a person can act on */
      message: string;
      data?: {
        /**
         * @description Why it was refused: stable values a client may switch on
         * @enum {string}
         */
        reason?:
          | 'UNAUTHENTICATED'
          | 'SESSION_INVALID'
          | 'SERVICE_TOKEN_INVALID'
          | 'SERVICE_CLIENT_REVOKED'
          | 'MEMBERSHIP_ENDED'
          | 'PERMISSION_REQUIRED'
          | 'SCOPE_REQUIRED'
          | 'ALREADY_A_MEMBER'
          | 'RATE_LIMITED'
          | 'SERVICE_UNAVAILABLE';
        /** @description With 400, invalid input: the first problem with each field, by its path */
        fields?: {
          [key: string]: string;
        };
        /** @description The same code as `code` */
        code?: string;
        /** @description The same status as the response’s */
        httpStatus?: number;
        /** @description The tRPC procedure that answered */
        path?: string;
        /** @description With 429 and 503: the Retry-After header’s seconds to wait */
        retryAfterSeconds?: number;
      };
      /** @description With 400, invalid input: the validator’s issues (`data.fields` is the short form) */
      issues?: Record<string, never>[];
    };
    'invitations-list.error': {
      /**
       * @description The stable error code (tRPC’s name for the status)
       * @enum {string}
       */
      code:
        | 'BAD_REQUEST'
        | 'UNAUTHORIZED'
        | 'FORBIDDEN'
        | 'REQUEST_HEADER_FIELDS_TOO_LARGE'
        | 'INTERNAL_SERVER_ERROR'
        | 'SERVICE_UNAVAILABLE';
      /** @description What went wrong, in words a person can act on */
      message: string;
      data?: {
        /**
         * @description Why it was refused: stable values a client may switch on
         * @enum {string}
         */
        reason?:
          | 'UNAUTHENTICATED'
          | 'SESSION_INVALID'
          | 'SERVICE_TOKEN_INVALID'
          | 'SERVICE_CLIENT_REVOKED'
          | 'MEMBERSHIP_ENDED'
          | 'SCOPE_REQUIRED'
          | 'SERVICE_UNAVAILABLE';
        /** @description With 400, invalid input: the first problem with each field, by its path */
        fields?: {
          [key: string]: string;
        };
        /** @description The same code as `code` */
        code?: string;
        /** @description The same status as the response’s */
        httpStatus?: number;
        /** @description The tRPC procedure that answered */
        path?: string;
        /** @description With 429 and 503: the Retry-After header’s seconds to wait */
        retryAfterSeconds?: number;
      };
      /** @description With 400, invalid input: the validator’s issues (`data.fields` is the short form) */
      issues?: Record<string, never>[];
    };
    'invitations-resend.error': {
      /**
       * @description The stable error code (tRPC’s name for the status)
       * @enum {string}
       */
      code:
        | 'BAD_REQUEST'
        | 'UNAUTHORIZED'
        | 'FORBIDDEN'
        | 'NOT_FOUND'
        | 'PAYLOAD_TOO_LARGE'
        | 'URI_TOO_LONG'
        | 'UNSUPPORTED_MEDIA_TYPE'
        | 'TOO_MANY_REQUESTS'
        | 'REQUEST_HEADER_FIELDS_TOO_LARGE'
        | 'INTERNAL_SERVER_ERROR'
        | 'SERVICE_UNAVAILABLE';
      /** @description What went wrong, in words a person can act on */
      message: string;
      data?: {
        /**
         * @description Why it was refused: stable values a client may switch on
         * @enum {string}
         */
        reason?:
          | 'UNAUTHENTICATED'
          | 'SESSION_INVALID'
          | 'SERVICE_TOKEN_INVALID'
          | 'SERVICE_CLIENT_REVOKED'
          | 'MEMBERSHIP_ENDED'
          | 'PERMISSION_REQUIRED'
          | 'SCOPE_REQUIRED'
          | 'INVITATION_NOT_FOUND'
          | 'RATE_LIMITED'
          | 'SERVICE_UNAVAILABLE';
        /** @description With 400, invalid input: the first problem with each field, by its path */
        fields?: {
          [key: string]: string;
        };
        /** @description The same code as `code` */
        code?: string;
        /** @description The same status as the response’s */
        httpStatus?: number;
        /** @description The tRPC procedure that answered */
        path?: string;
        /** @description With 429 and 503: the Retry-After header’s seconds to wait */
        retryAfterSeconds?: number;
      };
      /** @description With 400, invalid input: the validator’s issues (`data.fields` is the short form) */
      issues?: Record<string, never>[];
    };
    'invitations-revoke.error': {
      /**
       * @description The stable error code (tRPC’s name for the status)
       * @enum {string}
       */
      code:
        | 'BAD_REQUEST'
        | 'UNAUTHORIZED'
        | 'FORBIDDEN'
        | 'NOT_FOUND'
        | 'PAYLOAD_TOO_LARGE'
        | 'URI_TOO_LONG'
        | 'UNSUPPORTED_MEDIA_TYPE'
        | 'REQUEST_HEADER_FIELDS_TOO_LARGE'
        | 'INTERNAL_SERVER_ERROR'
        | 'SERVICE_UNAVAILABLE';
      /** @description What went wrong, in words a person can act on */
      message: string;
      data?: {
        /**
         * @description Why it was refused: stable values a client may switch on
         * @enum {string}
         */
        reason?:
          | 'UNAUTHENTICATED'
          | 'SESSION_INVALID'
          | 'SERVICE_TOKEN_INVALID'
          | 'SERVICE_CLIENT_REVOKED'
          | 'MEMBERSHIP_ENDED'
          | 'PERMISSION_REQUIRED'
          | 'SCOPE_REQUIRED'
          | 'INVITATION_NOT_FOUND'
          | 'SERVICE_UNAVAILABLE';
        /** @description With 400, invalid input: the first problem with each field, by its path */
        fields?: {
          [key: string]: string;
        };
        /** @description The same code as `code` */
        code?: string;
        /** @description The same status as the response’s */
        httpStatus?: number;
        /** @description The tRPC procedure that answered */
        path?: string;
        /** @description With 429 and 503: the Retry-After header’s seconds to wait */
        retryAfterSeconds?: number;
      };
      /** @description With 400, invalid input: the validator’s issues (`data.fields` is the short form) */
      issues?: Record<string, never>[];
    };
    'invitations-preview.error': {
      /**
       * @description The stable error code (tRPC’s name for the status)
       * @enum {string}
       */
      code:
        | 'BAD_REQUEST'
        | 'NOT_FOUND'
        | 'CONFLICT'
        | 'PRECONDITION_FAILED'
        | 'PAYLOAD_TOO_LARGE'
        | 'UNSUPPORTED_MEDIA_TYPE'
        | 'TOO_MANY_REQUESTS'
        | 'REQUEST_HEADER_FIELDS_TOO_LARGE'
        | 'INTERNAL_SERVER_ERROR'
        | 'SERVICE_UNAVAILABLE';
      /** @description What went wrong, in words a person can act on */
      message: string;
      data?: {
        /**
         * @description Why it was refused: stable values a client may switch on
         * @enum {string}
         */
        reason?:
          | 'INVITATION_NOT_FOUND'
          | 'INVITATION_USED'
          | 'INVITATION_EXPIRED'
          | 'RATE_LIMITED'
          | 'SERVICE_UNAVAILABLE';
        /** @description With 400, invalid input: the first problem with each field, by its path */
        fields?: {
          [key: string]: string;
        };
        /** @description The same code as `code` */
        code?: string;
        /** @description The same status as the response’s */
        httpStatus?: number;
        /** @description The tRPC procedure that answered */
        path?: string;
        /** @description With 429 and 503: the Retry-After header’s seconds to wait */
        retryAfterSeconds?: number;
      };
      /** @description With 400, invalid input: the validator’s issues (`data.fields` is the short form) */
      issues?: Record<string, never>[];
    };
    'invitations-accept.error': {
      /**
       * @description The stable error code (tRPC’s name for the status)
       * @enum {string}
       */
      code:
        | 'BAD_REQUEST'
        | 'NOT_FOUND'
        | 'CONFLICT'
        | 'PRECONDITION_FAILED'
        | 'PAYLOAD_TOO_LARGE'
        | 'UNSUPPORTED_MEDIA_TYPE'
        | 'TOO_MANY_REQUESTS'
        | 'REQUEST_HEADER_FIELDS_TOO_LARGE'
        | 'INTERNAL_SERVER_ERROR'
        | 'SERVICE_UNAVAILABLE';
      /** @description What went wrong, in words a person can act on */
      message: string;
      data?: {
        /**
         * @description Why it was refused: stable values a client may switch on
         * @enum {string}
         */
        reason?:
          | 'INVITATION_NOT_FOUND'
          | 'INVITATION_USED'
          | 'INVITATION_EXPIRED'
          | 'RATE_LIMITED'
          | 'SERVICE_UNAVAILABLE';
        /** @description With 400, invalid input: the first problem with each field, by its path */
        fields?: {
          [key: string]: string;
        };
        /** @description The same code as `code` */
        code?: string;
        /** @description The same status as the response’s */
        httpStatus?: number;
        /** @description The tRPC procedure that answered */
        path?: string;
        /** @description With 429 and 503: the Retry-After header’s seconds to wait */
        retryAfterSeconds?: number;
      };
      /** @description With 400, invalid input: the validator’s issues (`data.fields` is the short form) */
      issues?: Record<string, never>[];
    };
    'invitations-join.error': {
      /**
       * @description The stable error code (tRPC’s name for the status)
       * @enum {string}
       */
      code:
        | 'BAD_REQUEST'
        | 'UNAUTHORIZED'
        | 'FORBIDDEN'
        | 'NOT_FOUND'
        | 'CONFLICT'
        | 'PRECONDITION_FAILED'
        | 'PAYLOAD_TOO_LARGE'
        | 'UNSUPPORTED_MEDIA_TYPE'
        | 'REQUEST_HEADER_FIELDS_TOO_LARGE'
        | 'INTERNAL_SERVER_ERROR'
        | 'SERVICE_UNAVAILABLE';
      /** @description What went wrong, in words a person can act on */
      message: string;
      data?: {
        /**
         * @description Why it was refused: stable values a client may switch on
         * @enum {string}
         */
        reason?:
          | 'UNAUTHENTICATED'
          | 'SESSION_INVALID'
          | 'SERVICE_TOKEN_INVALID'
          | 'SERVICE_CLIENT_REVOKED'
          | 'SERVICE_NOT_ALLOWED'
          | 'INVITATION_FOR_ANOTHER_ADDRESS'
          | 'INVITATION_NOT_FOUND'
          | 'INVITATION_USED'
          | 'INVITATION_EXPIRED'
          | 'SERVICE_UNAVAILABLE';
        /** @description With 400, invalid input: the first problem with each field, by its path */
        fields?: {
          [key: string]: string;
        };
        /** @description The same code as `code` */
        code?: string;
        /** @description The same status as the response’s */
        httpStatus?: number;
        /** @description The tRPC procedure that answered */
        path?: string;
        /** @description With 429 and 503: the Retry-After header’s seconds to wait */
        retryAfterSeconds?: number;
      };
      /** @description With 400, invalid input: the validator’s issues (`data.fields` is the short form) */
      issues?: Record<string, never>[];
    };
    'passkeys-list.error': {
      /**
       * @description The stable error code (tRPC’s name for the status)
       * @enum {string}
       */
      code:
        | 'BAD_REQUEST'
        | 'UNAUTHORIZED'
        | 'FORBIDDEN'
        | 'REQUEST_HEADER_FIELDS_TOO_LARGE'
        | 'INTERNAL_SERVER_ERROR'
        | 'SERVICE_UNAVAILABLE';
      /** @description What went wrong, in words a person can act on */
      message: string;
      data?: {
        /**
         * @description Why it was refused: stable values a client may switch on
         * @enum {string}
         */
        reason?:
          | 'UNAUTHENTICATED'
          | 'SESSION_INVALID'
          | 'SERVICE_TOKEN_INVALID'
          | 'SERVICE_CLIENT_REVOKED'
          | 'SERVICE_NOT_ALLOWED'
          | 'SERVICE_UNAVAILABLE';
        /** @description With 400, invalid input: the first problem with each field, by its path */
        fields?: {
          [key: string]: string;
        };
        /** @description The same code as `code` */
        code?: string;
        /** @description The same status as the response’s */
        httpStatus?: number;
        /** @description The tRPC procedure that answered */
        path?: string;
        /** @description With 429 and 503: the Retry-After header’s seconds to wait */
        retryAfterSeconds?: number;
      };
      /** @description With 400, invalid input: the validator’s issues (`data.fields` is the short form) */
      issues?: Record<string, never>[];
    };
    'passkeys-registrationOptions.error': {
      /**
       * @description The stable error code (tRPC’s name for the status)
       * @enum {string}
       */
      code:
        | 'BAD_REQUEST'
        | 'UNAUTHORIZED'
        | 'FORBIDDEN'
        | 'PAYLOAD_TOO_LARGE'
        | 'UNSUPPORTED_MEDIA_TYPE'
        | 'REQUEST_HEADER_FIELDS_TOO_LARGE'
        | 'INTERNAL_SERVER_ERROR'
        | 'SERVICE_UNAVAILABLE';
      /** @description What went wrong, in words a person can act on */
      message: string;
      data?: {
        /**
         * @description Why it was refused: stable values a client may switch on
         * @enum {string}
         */
        reason?:
          | 'UNAUTHENTICATED'
          | 'SESSION_INVALID'
          | 'SERVICE_TOKEN_INVALID'
          | 'SERVICE_CLIENT_REVOKED'
          | 'SERVICE_NOT_ALLOWED'
          | 'FRESH_SIGNIN_REQUIRED'
          | 'SERVICE_UNAVAILABLE';
        /** @description With 400, invalid input: the first problem with each field, by its path */
        fields?: {
          [key: string]: string;
        };
        /** @description The same code as `code` */
        code?: string;
        /** @description The same status as the response’s */
        httpStatus?: number;
        /** @description The tRPC procedure that answered */
        path?: string;
        /** @description With 429 and 503: the Retry-After header’s seconds to wait */
        retryAfterSeconds?: number;
      };
      /** @description With 400, invalid input: the validator’s issues (`data.fields` is the short form) */
      issues?: Record<string, never>[];
    };
    'passkeys-register.error': {
      /**
       * @description The stable error code (tRPC’s name for the status)
       * @enum {string}
       */
      code:
        | 'BAD_REQUEST'
        | 'UNAUTHORIZED'
        | 'FORBIDDEN'
        | 'PAYLOAD_TOO_LARGE'
        | 'UNSUPPORTED_MEDIA_TYPE'
        | 'REQUEST_HEADER_FIELDS_TOO_LARGE'
        | 'INTERNAL_SERVER_ERROR'
        | 'SERVICE_UNAVAILABLE';
      /** @description What went wrong, in words a person can act on */
      message: string;
      data?: {
        /**
         * @description Why it was refused: stable values a client may switch on
         * @enum {string}
         */
        reason?:
          | 'PASSKEY_REJECTED'
          | 'UNAUTHENTICATED'
          | 'SESSION_INVALID'
          | 'SERVICE_TOKEN_INVALID'
          | 'SERVICE_CLIENT_REVOKED'
          | 'SERVICE_NOT_ALLOWED'
          | 'FRESH_SIGNIN_REQUIRED'
          | 'SERVICE_UNAVAILABLE';
        /** @description With 400, invalid input: the first problem with each field, by its path */
        fields?: {
          [key: string]: string;
        };
        /** @description The same code as `code` */
        code?: string;
        /** @description The same status as the response’s */
        httpStatus?: number;
        /** @description The tRPC procedure that answered */
        path?: string;
        /** @description With 429 and 503: the Retry-After header’s seconds to wait */
        retryAfterSeconds?: number;
      };
      /** @description With 400, invalid input: the validator’s issues (`data.fields` is the short form) */
      issues?: Record<string, never>[];
    };
    'passkeys-rename.error': {
      /**
       * @description The stable error code (tRPC’s name for the status)
       * @enum {string}
       */
      code:
        | 'BAD_REQUEST'
        | 'UNAUTHORIZED'
        | 'FORBIDDEN'
        | 'NOT_FOUND'
        | 'PAYLOAD_TOO_LARGE'
        | 'URI_TOO_LONG'
        | 'UNSUPPORTED_MEDIA_TYPE'
        | 'REQUEST_HEADER_FIELDS_TOO_LARGE'
        | 'INTERNAL_SERVER_ERROR'
        | 'SERVICE_UNAVAILABLE';
      /** @description What went wrong, in words a person can act on */
      message: string;
      data?: {
        /**
         * @description Why it was refused: stable values a client may switch on
         * @enum {string}
         */
        reason?:
          | 'UNAUTHENTICATED'
          | 'SESSION_INVALID'
          | 'SERVICE_TOKEN_INVALID'
          | 'SERVICE_CLIENT_REVOKED'
          | 'SERVICE_NOT_ALLOWED'
          | 'PASSKEY_NOT_FOUND'
          | 'SERVICE_UNAVAILABLE';
        /** @description With 400, invalid input: the first problem with each field, by its path */
        fields?: {
          [key: string]: string;
        };
        /** @description The same code as `code` */
        code?: string;
        /** @description The same status as the response’s */
        httpStatus?: number;
        /** @description The tRPC procedure that answered */
        path?: string;
        /** @description With 429 and 503: the Retry-After header’s seconds to wait */
        retryAfterSeconds?: number;
      };
      /** @description With 400, invalid input: the validator’s issues (`data.fields` is the short form) */
      issues?: Record<string, never>[];
    };
    'passkeys-remove.error': {
      /**
       * @description The stable error code (tRPC’s name for the status)
       * @enum {string}
       */
      code:
        | 'BAD_REQUEST'
        | 'UNAUTHORIZED'
        | 'FORBIDDEN'
        | 'NOT_FOUND'
        | 'URI_TOO_LONG'
        | 'REQUEST_HEADER_FIELDS_TOO_LARGE'
        | 'INTERNAL_SERVER_ERROR'
        | 'SERVICE_UNAVAILABLE';
      /** @description What went wrong, in words a person can act on */
      message: string;
      data?: {
        /**
         * @description Why it was refused: stable values a client may switch on
         * @enum {string}
         */
        reason?:
          | 'UNAUTHENTICATED'
          | 'SESSION_INVALID'
          | 'SERVICE_TOKEN_INVALID'
          | 'SERVICE_CLIENT_REVOKED'
          | 'SERVICE_NOT_ALLOWED'
          | 'FRESH_SIGNIN_REQUIRED'
          | 'PASSKEY_NOT_FOUND'
          | 'SERVICE_UNAVAILABLE';
        /** @description With 400, invalid input: the first problem with each field, by its path */
        fields?: {
          [key: string]: string;
        };
        /** @description The same code as `code` */
        code?: string;
        /** @description The same status as the response’s */
        httpStatus?: number;
        /** @description The tRPC procedure that answered */
        path?: string;
        /** @description With 429 and 503: the Retry-After header’s seconds to wait */
        retryAfterSeconds?: number;
      };
      /** @description With 400, invalid input: the validator’s issues (`data.fields` is the short form) */
      issues?: Record<string, never>[];
    };
    'auth-provider-signup.error': {
      /**
       * @description The stable error code (tRPC’s name for the status)
       * @enum {string}
       */
      code:
        | 'BAD_REQUEST'
        | 'CONFLICT'
        | 'PRECONDITION_FAILED'
        | 'PAYLOAD_TOO_LARGE'
        | 'UNSUPPORTED_MEDIA_TYPE'
        | 'TOO_MANY_REQUESTS'
        | 'REQUEST_HEADER_FIELDS_TOO_LARGE'
        | 'INTERNAL_SERVER_ERROR'
        | 'SERVICE_UNAVAILABLE';
      /** @description What went wrong, in words a person can act on */
      message: string;
      data?: {
        /**
         * @description Why it was refused: stable values a client may switch on
         * @enum {string}
         */
        reason?:
          'OAUTH_ACCOUNT_EXISTS' | 'OAUTH_SIGNUP_EXPIRED' | 'RATE_LIMITED' | 'SERVICE_UNAVAILABLE';
        /** @description With 400, invalid input: the first problem with each field, by its path */
        fields?: {
          [key: string]: string;
        };
        /** @description The same code as `code` */
        code?: string;
        /** @description The same status as the response’s */
        httpStatus?: number;
        /** @description The tRPC procedure that answered */
        path?: string;
        /** @description With 429 and 503: the Retry-After header’s seconds to wait */
        retryAfterSeconds?: number;
      };
      /** @description With 400, invalid input: the validator’s issues (`data.fields` is the short form) */
      issues?: Record<string, never>[];
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: {
    /** @description Seconds to wait before trying again */
    RetryAfter: number;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  'auth-signup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: email */
          email: string;
          nonce?: string;
          name: string;
          business_name: string;
          /**
           * @description What the business wants to do first; chooses the sample plan.
           * @enum {string}
           */
          intent?: 'launch' | 'grow' | 'other';
          use_case?: string;
        };
      };
    };
    responses: {
      /** @description The answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            message: string;
            email: string;
            /** @description Only in development without email delivery: the one-time token. */
            token?: string;
          };
        };
      };
      /** @description The request could not be read or its input is not valid (`data.fields` names each field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-signup.error'];
        };
      };
      /** @description The body is larger than the server accepts (`BODY_LIMIT`) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-signup.error'];
        };
      };
      /** @description The body is not JSON (send `content-type: application/json`) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-signup.error'];
        };
      };
      /** @description Too many attempts: wait the `Retry-After` seconds (`RATE_LIMITED`) */
      429: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-signup.error'];
        };
      };
      /** @description The URL and headers are larger than the server reads */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-signup.error'];
        };
      };
      /** @description A fault of the service (logged); nothing more is said */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-signup.error'];
        };
      };
      /** @description The database cannot serve right now: retry after `Retry-After` seconds (`SERVICE_UNAVAILABLE`) */
      503: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-signup.error'];
        };
      };
    };
  };
  'auth-signin': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: email */
          email: string;
          nonce?: string;
        };
      };
    };
    responses: {
      /** @description The answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            message: string;
            email: string;
            /** @description Only in development without email delivery: the one-time token. */
            token?: string;
          };
        };
      };
      /** @description The request could not be read or its input is not valid (`data.fields` names each field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-signin.error'];
        };
      };
      /** @description The body is larger than the server accepts (`BODY_LIMIT`) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-signin.error'];
        };
      };
      /** @description The body is not JSON (send `content-type: application/json`) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-signin.error'];
        };
      };
      /** @description Too many attempts: wait the `Retry-After` seconds (`RATE_LIMITED`) */
      429: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-signin.error'];
        };
      };
      /** @description The URL and headers are larger than the server reads */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-signin.error'];
        };
      };
      /** @description A fault of the service (logged); nothing more is said */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-signin.error'];
        };
      };
      /** @description The database cannot serve right now: retry after `Retry-After` seconds (`SERVICE_UNAVAILABLE`) */
      503: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-signin.error'];
        };
      };
    };
  };
  'auth-resend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: email */
          email: string;
          nonce?: string;
        };
      };
    };
    responses: {
      /** @description The answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            message: string;
            email: string;
            /** @description Only in development without email delivery: the one-time token. */
            token?: string;
          };
        };
      };
      /** @description The request could not be read or its input is not valid (`data.fields` names each field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-resend.error'];
        };
      };
      /** @description The body is larger than the server accepts (`BODY_LIMIT`) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-resend.error'];
        };
      };
      /** @description The body is not JSON (send `content-type: application/json`) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-resend.error'];
        };
      };
      /** @description Too many attempts: wait the `Retry-After` seconds (`RATE_LIMITED`) */
      429: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-resend.error'];
        };
      };
      /** @description The URL and headers are larger than the server reads */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-resend.error'];
        };
      };
      /** @description A fault of the service (logged); nothing more is said */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-resend.error'];
        };
      };
      /** @description The database cannot serve right now: retry after `Retry-After` seconds (`SERVICE_UNAVAILABLE`) */
      503: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-resend.error'];
        };
      };
    };
  };
  'auth-inspectLink': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          token: string;
        };
      };
    };
    responses: {
      /** @description The answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'valid' | 'unknown' | 'used' | 'superseded' | 'expired';
            /** @enum {string} */
            purpose?: 'signup' | 'signin';
            /** @description The address the link was sent to, masked. */
            email_hint?: string;
          };
        };
      };
      /** @description The request could not be read or its input is not valid (`data.fields` names each field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-inspectLink.error'];
        };
      };
      /** @description The body is larger than the server accepts (`BODY_LIMIT`) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-inspectLink.error'];
        };
      };
      /** @description The body is not JSON (send `content-type: application/json`) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-inspectLink.error'];
        };
      };
      /** @description Too many attempts: wait the `Retry-After` seconds (`RATE_LIMITED`) */
      429: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-inspectLink.error'];
        };
      };
      /** @description The URL and headers are larger than the server reads */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-inspectLink.error'];
        };
      };
      /** @description A fault of the service (logged); nothing more is said */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-inspectLink.error'];
        };
      };
      /** @description The database cannot serve right now: retry after `Retry-After` seconds (`SERVICE_UNAVAILABLE`) */
      503: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-inspectLink.error'];
        };
      };
    };
  };
  'auth-verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          token: string;
          nonce?: string;
          /**
           * @description `body` (the default for API clients) returns the refresh token; `cookie` sets it as an HttpOnly cookie for browsers.
           * @enum {string}
           */
          refresh_token_delivery?: 'body' | 'cookie';
        };
      };
    };
    responses: {
      /** @description The answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            jwt: string;
            /** @description The same JWT as `jwt`. */
            token: string;
            /**
             * Format: date-time
             * @description When the JWT expires; refresh before then.
             */
            expires_at: string;
            session_id: string;
            /** @description With `body` delivery: the refresh token for `auth.refresh` (it rotates each time). */
            refresh_token?: string;
            /**
             * Format: date-time
             * @description When the session ends unless refreshed.
             */
            refresh_expires_at: string;
            tenant_id: string;
            user: {
              id: string;
              email: string;
              name: string;
              tenant_id: string;
            };
            workspace_id: string;
          };
        };
      };
      /** @description The request could not be read or its input is not valid (`data.fields` names each field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-verify.error'];
        };
      };
      /** @description Not found (`TOKEN_NOT_FOUND`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-verify.error'];
        };
      };
      /** @description In conflict with a newer state (`TOKEN_USED`, `TOKEN_SUPERSEDED`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-verify.error'];
        };
      };
      /** @description A precondition failed (e.g. the link expired) (`TOKEN_EXPIRED`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-verify.error'];
        };
      };
      /** @description The body is larger than the server accepts (`BODY_LIMIT`) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-verify.error'];
        };
      };
      /** @description The body is not JSON (send `content-type: application/json`) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-verify.error'];
        };
      };
      /** @description A confirmation is required first (`CONFIRMATION_REQUIRED`) */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-verify.error'];
        };
      };
      /** @description Too many attempts: wait the `Retry-After` seconds (`RATE_LIMITED`) */
      429: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-verify.error'];
        };
      };
      /** @description The URL and headers are larger than the server reads */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-verify.error'];
        };
      };
      /** @description A fault of the service (logged); nothing more is said */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-verify.error'];
        };
      };
      /** @description The database cannot serve right now: retry after `Retry-After` seconds (`SERVICE_UNAVAILABLE`) */
      503: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-verify.error'];
        };
      };
    };
  };
  'auth-me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            user: {
              id: string;
              email: string;
              name: string;
              tenant_id: string;
            };
            tenant: {
              id: string;
              name: string;
              /** Format: date-time */
              created_at: string;
            };
            /**
             * @description owner: everything; admin: the team, but not owners or credentials; member: reads
             * @enum {string}
             */
            role: 'owner' | 'admin' | 'member';
          };
        };
      };
      /** @description The request could not be read or its input is not valid (`data.fields` names each field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-me.error'];
        };
      };
      /** @description Missing or invalid credentials (`UNAUTHENTICATED`, `SESSION_INVALID`, `SERVICE_TOKEN_INVALID`, `SERVICE_CLIENT_REVOKED`, `MEMBERSHIP_ENDED`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-me.error'];
        };
      };
      /** @description The credentials are valid but do not allow this (`SERVICE_NOT_ALLOWED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-me.error'];
        };
      };
      /** @description The URL and headers are larger than the server reads */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-me.error'];
        };
      };
      /** @description A fault of the service (logged); nothing more is said */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-me.error'];
        };
      };
      /** @description The database cannot serve right now: retry after `Retry-After` seconds (`SERVICE_UNAVAILABLE`) */
      503: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-me.error'];
        };
      };
    };
  };
  'auth-refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Omit it when the browser sends the refresh-token cookie. */
          refresh_token?: string;
          /**
           * @description `body` (the default for API clients) returns the refresh token; `cookie` sets it as an HttpOnly cookie for browsers.
           * @enum {string}
           */
          refresh_token_delivery?: 'body' | 'cookie';
        };
      };
    };
    responses: {
      /** @description The answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            jwt: string;
            /** @description The same JWT as `jwt`. */
            token: string;
            /**
             * Format: date-time
             * @description When the JWT expires; refresh before then.
             */
            expires_at: string;
            session_id: string;
            /** @description With `body` delivery: the refresh token for `auth.refresh` (it rotates each time). */
            refresh_token?: string;
            /**
             * Format: date-time
             * @description When the session ends unless refreshed.
             */
            refresh_expires_at: string;
            tenant_id: string;
            user: {
              id: string;
              email: string;
              name: string;
              tenant_id: string;
            };
          };
        };
      };
      /** @description The request could not be read or its input is not valid (`data.fields` names each field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-refresh.error'];
        };
      };
      /** @description Missing or invalid credentials (`REFRESH_TOKEN_INVALID`, `REFRESH_TOKEN_REUSED`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-refresh.error'];
        };
      };
      /** @description In conflict with a newer state (`REFRESH_TOKEN_ROTATED`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-refresh.error'];
        };
      };
      /** @description The body is larger than the server accepts (`BODY_LIMIT`) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-refresh.error'];
        };
      };
      /** @description The body is not JSON (send `content-type: application/json`) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-refresh.error'];
        };
      };
      /** @description Too many attempts: wait the `Retry-After` seconds (`RATE_LIMITED`) */
      429: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-refresh.error'];
        };
      };
      /** @description The URL and headers are larger than the server reads */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-refresh.error'];
        };
      };
      /** @description A fault of the service (logged); nothing more is said */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-refresh.error'];
        };
      };
      /** @description The database cannot serve right now: retry after `Retry-After` seconds (`SERVICE_UNAVAILABLE`) */
      503: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-refresh.error'];
        };
      };
    };
  };
  'auth-signout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @constant */
            ok: true;
          };
        };
      };
      /** @description The request could not be read or its input is not valid (`data.fields` names each field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-signout.error'];
        };
      };
      /** @description Missing or invalid credentials (`UNAUTHENTICATED`, `SESSION_INVALID`, `SERVICE_TOKEN_INVALID`, `SERVICE_CLIENT_REVOKED`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-signout.error'];
        };
      };
      /** @description The credentials are valid but do not allow this (`SERVICE_NOT_ALLOWED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-signout.error'];
        };
      };
      /** @description The body is larger than the server accepts (`BODY_LIMIT`) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-signout.error'];
        };
      };
      /** @description The body is not JSON (send `content-type: application/json`) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-signout.error'];
        };
      };
      /** @description The URL and headers are larger than the server reads */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-signout.error'];
        };
      };
      /** @description A fault of the service (logged); nothing more is said */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-signout.error'];
        };
      };
      /** @description The database cannot serve right now: retry after `Retry-After` seconds (`SERVICE_UNAVAILABLE`) */
      503: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-signout.error'];
        };
      };
    };
  };
  'auth-signoutAll': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            revoked: number;
          };
        };
      };
      /** @description The request could not be read or its input is not valid (`data.fields` names each field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-signoutAll.error'];
        };
      };
      /** @description Missing or invalid credentials (`UNAUTHENTICATED`, `SESSION_INVALID`, `SERVICE_TOKEN_INVALID`, `SERVICE_CLIENT_REVOKED`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-signoutAll.error'];
        };
      };
      /** @description The credentials are valid but do not allow this (`SERVICE_NOT_ALLOWED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-signoutAll.error'];
        };
      };
      /** @description The body is larger than the server accepts (`BODY_LIMIT`) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-signoutAll.error'];
        };
      };
      /** @description The body is not JSON (send `content-type: application/json`) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-signoutAll.error'];
        };
      };
      /** @description The URL and headers are larger than the server reads */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-signoutAll.error'];
        };
      };
      /** @description A fault of the service (logged); nothing more is said */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-signoutAll.error'];
        };
      };
      /** @description The database cannot serve right now: retry after `Retry-After` seconds (`SERVICE_UNAVAILABLE`) */
      503: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-signoutAll.error'];
        };
      };
    };
  };
  'auth-sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              /** @description e.g. "Chrome 131 on macOS", from the user agent. */
              device: string | null;
              user_agent: string | null;
              /** Format: date-time */
              created_at: string;
              /** Format: date-time */
              last_used_at: string;
              /** Format: date-time */
              expires_at: string;
              /** @description Whether this is the session of the JWT that asked. */
              current: boolean;
            }[];
            count: number;
          };
        };
      };
      /** @description The request could not be read or its input is not valid (`data.fields` names each field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-sessions.error'];
        };
      };
      /** @description Missing or invalid credentials (`UNAUTHENTICATED`, `SESSION_INVALID`, `SERVICE_TOKEN_INVALID`, `SERVICE_CLIENT_REVOKED`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-sessions.error'];
        };
      };
      /** @description The credentials are valid but do not allow this (`SERVICE_NOT_ALLOWED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-sessions.error'];
        };
      };
      /** @description The URL and headers are larger than the server reads */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-sessions.error'];
        };
      };
      /** @description A fault of the service (logged); nothing more is said */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-sessions.error'];
        };
      };
      /** @description The database cannot serve right now: retry after `Retry-After` seconds (`SERVICE_UNAVAILABLE`) */
      503: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-sessions.error'];
        };
      };
    };
  };
  'auth-revokeSession': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @constant */
            ok: true;
          };
        };
      };
      /** @description The request could not be read or its input is not valid (`data.fields` names each field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-revokeSession.error'];
        };
      };
      /** @description Missing or invalid credentials (`UNAUTHENTICATED`, `SESSION_INVALID`, `SERVICE_TOKEN_INVALID`, `SERVICE_CLIENT_REVOKED`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-revokeSession.error'];
        };
      };
      /** @description The credentials are valid but do not allow this (`SERVICE_NOT_ALLOWED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-revokeSession.error'];
        };
      };
      /** @description Not found (`SESSION_NOT_FOUND`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-revokeSession.error'];
        };
      };
      /** @description A path parameter is longer than the server reads */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-revokeSession.error'];
        };
      };
      /** @description The URL and headers are larger than the server reads */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-revokeSession.error'];
        };
      };
      /** @description A fault of the service (logged); nothing more is said */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-revokeSession.error'];
        };
      };
      /** @description The database cannot serve right now: retry after `Retry-After` seconds (`SERVICE_UNAVAILABLE`) */
      503: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-revokeSession.error'];
        };
      };
    };
  };
  'auth-memberships': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              tenant_id: string;
              /** @description The tenant’s (business’s) name. */
              name: string;
              /**
               * @description owner: everything; admin: the team, but not owners or credentials; member: reads
               * @enum {string}
               */
              role: 'owner' | 'admin' | 'member';
              /** @description Whether the session that asked is in this tenant. */
              current: boolean;
              /** Format: date-time */
              joined_at: string;
            }[];
            count: number;
          };
        };
      };
      /** @description The request could not be read or its input is not valid (`data.fields` names each field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-memberships.error'];
        };
      };
      /** @description Missing or invalid credentials (`UNAUTHENTICATED`, `SESSION_INVALID`, `SERVICE_TOKEN_INVALID`, `SERVICE_CLIENT_REVOKED`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-memberships.error'];
        };
      };
      /** @description The credentials are valid but do not allow this (`SERVICE_NOT_ALLOWED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-memberships.error'];
        };
      };
      /** @description The URL and headers are larger than the server reads */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-memberships.error'];
        };
      };
      /** @description A fault of the service (logged); nothing more is said */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-memberships.error'];
        };
      };
      /** @description The database cannot serve right now: retry after `Retry-After` seconds (`SERVICE_UNAVAILABLE`) */
      503: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-memberships.error'];
        };
      };
    };
  };
  'auth-switchTenant': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          tenant_id: string;
        };
      };
    };
    responses: {
      /** @description The answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            jwt: string;
            /** @description The same JWT as `jwt`. */
            token: string;
            /**
             * Format: date-time
             * @description When the JWT expires; refresh before then.
             */
            expires_at: string;
            session_id: string;
            /** @description With `body` delivery: the refresh token for `auth.refresh` (it rotates each time). */
            refresh_token?: string;
            /**
             * Format: date-time
             * @description When the session ends unless refreshed.
             */
            refresh_expires_at: string;
            tenant_id: string;
            user: {
              id: string;
              email: string;
              name: string;
              tenant_id: string;
            };
          };
        };
      };
      /** @description The request could not be read or its input is not valid (`data.fields` names each field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-switchTenant.error'];
        };
      };
      /** @description Missing or invalid credentials (`UNAUTHENTICATED`, `SESSION_INVALID`, `SERVICE_TOKEN_INVALID`, `SERVICE_CLIENT_REVOKED`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-switchTenant.error'];
        };
      };
      /** @description The credentials are valid but do not allow this (`SERVICE_NOT_ALLOWED`, `TENANT_FORBIDDEN`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-switchTenant.error'];
        };
      };
      /** @description The body is larger than the server accepts (`BODY_LIMIT`) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-switchTenant.error'];
        };
      };
      /** @description The body is not JSON (send `content-type: application/json`) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-switchTenant.error'];
        };
      };
      /** @description The URL and headers are larger than the server reads */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-switchTenant.error'];
        };
      };
      /** @description A fault of the service (logged); nothing more is said */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-switchTenant.error'];
        };
      };
      /** @description The database cannot serve right now: retry after `Retry-After` seconds (`SERVICE_UNAVAILABLE`) */
      503: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-switchTenant.error'];
        };
      };
    };
  };
  'auth-providers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** @description e.g. `google`; names the provider in its authorize and callback paths. */
              id: string;
              /** @description What a button shows, e.g. "Google". */
              name: string;
              /** @description Where the browser goes to sign in with it; add `?next=/a/path` to return there. */
              authorize_url: string;
            }[];
          };
        };
      };
      /** @description The request could not be read or its input is not valid (`data.fields` names each field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-providers.error'];
        };
      };
      /** @description The URL and headers are larger than the server reads */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-providers.error'];
        };
      };
      /** @description A fault of the service (logged); nothing more is said */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-providers.error'];
        };
      };
      /** @description The database cannot serve right now: retry after `Retry-After` seconds (`SERVICE_UNAVAILABLE`) */
      503: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-providers.error'];
        };
      };
    };
  };
  'auth-identities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              provider: string;
              /** @description The address the provider gave when it was connected. */
              email: string | null;
              /** Format: date-time */
              created_at: string;
              /** Format: date-time */
              last_used_at: string;
            }[];
          };
        };
      };
      /** @description The request could not be read or its input is not valid (`data.fields` names each field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-identities.error'];
        };
      };
      /** @description Missing or invalid credentials (`UNAUTHENTICATED`, `SESSION_INVALID`, `SERVICE_TOKEN_INVALID`, `SERVICE_CLIENT_REVOKED`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-identities.error'];
        };
      };
      /** @description The credentials are valid but do not allow this (`SERVICE_NOT_ALLOWED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-identities.error'];
        };
      };
      /** @description The URL and headers are larger than the server reads */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-identities.error'];
        };
      };
      /** @description A fault of the service (logged); nothing more is said */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-identities.error'];
        };
      };
      /** @description The database cannot serve right now: retry after `Retry-After` seconds (`SERVICE_UNAVAILABLE`) */
      503: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-identities.error'];
        };
      };
    };
  };
  'auth-verifyCode': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: email */
          email: string;
          /** @description The 8 digits from the email; spaces and hyphens between them are ignored. */
          code: string;
          /** @description The nonce this browser sent when it asked for the email. */
          nonce: string;
          /**
           * @description `body` (the default for API clients) returns the refresh token; `cookie` sets it as an HttpOnly cookie for browsers.
           * @enum {string}
           */
          refresh_token_delivery?: 'body' | 'cookie';
        };
      };
    };
    responses: {
      /** @description The answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            jwt: string;
            /** @description The same JWT as `jwt`. */
            token: string;
            /**
             * Format: date-time
             * @description When the JWT expires; refresh before then.
             */
            expires_at: string;
            session_id: string;
            /** @description With `body` delivery: the refresh token for `auth.refresh` (it rotates each time). */
            refresh_token?: string;
            /**
             * Format: date-time
             * @description When the session ends unless refreshed.
             */
            refresh_expires_at: string;
            tenant_id: string;
            user: {
              id: string;
              email: string;
              name: string;
              tenant_id: string;
            };
            workspace_id: string;
          };
        };
      };
      /** @description The request could not be read or its input is not valid (`data.fields` names each field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-verifyCode.error'];
        };
      };
      /** @description Not found (`CODE_INVALID`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-verifyCode.error'];
        };
      };
      /** @description In conflict with a newer state (`CODE_USED`, `CODE_SUPERSEDED`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-verifyCode.error'];
        };
      };
      /** @description A precondition failed (e.g. the link expired) (`CODE_EXPIRED`, `CODE_TRIES_EXHAUSTED`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-verifyCode.error'];
        };
      };
      /** @description The body is larger than the server accepts (`BODY_LIMIT`) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-verifyCode.error'];
        };
      };
      /** @description The body is not JSON (send `content-type: application/json`) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-verifyCode.error'];
        };
      };
      /** @description Too many attempts: wait the `Retry-After` seconds (`RATE_LIMITED`) */
      429: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-verifyCode.error'];
        };
      };
      /** @description The URL and headers are larger than the server reads */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-verifyCode.error'];
        };
      };
      /** @description A fault of the service (logged); nothing more is said */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-verifyCode.error'];
        };
      };
      /** @description The database cannot serve right now: retry after `Retry-After` seconds (`SERVICE_UNAVAILABLE`) */
      503: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-verifyCode.error'];
        };
      };
    };
  };
  'auth-passkeyOptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            options: {
              challenge: string;
              timeout?: number;
              rpId?: string;
              allowCredentials?: {
                id: string;
                type: string;
                transports?: string[];
              }[];
              /** @enum {string} */
              userVerification?: 'discouraged' | 'preferred' | 'required';
              hints?: ('hybrid' | 'security-key' | 'client-device')[];
            };
          };
        };
      };
      /** @description The request could not be read or its input is not valid (`data.fields` names each field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-passkeyOptions.error'];
        };
      };
      /** @description The body is larger than the server accepts (`BODY_LIMIT`) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-passkeyOptions.error'];
        };
      };
      /** @description The body is not JSON (send `content-type: application/json`) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-passkeyOptions.error'];
        };
      };
      /** @description Too many attempts: wait the `Retry-After` seconds (`RATE_LIMITED`) */
      429: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-passkeyOptions.error'];
        };
      };
      /** @description The URL and headers are larger than the server reads */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-passkeyOptions.error'];
        };
      };
      /** @description A fault of the service (logged); nothing more is said */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-passkeyOptions.error'];
        };
      };
      /** @description The database cannot serve right now: retry after `Retry-After` seconds (`SERVICE_UNAVAILABLE`) */
      503: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-passkeyOptions.error'];
        };
      };
    };
  };
  'auth-passkeySignin': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          response: {
            id: string;
            rawId: string;
            /** @enum {string} */
            authenticatorAttachment?: 'platform' | 'cross-platform';
            /** @description What the browser reported of the extensions; only `credProps` is read. */
            clientExtensionResults: {
              appid?: boolean;
              credProps?: {
                rk?: boolean;
              };
              hmacCreateSecret?: boolean;
            };
            /** @constant */
            type: 'public-key';
            response: {
              clientDataJSON: string;
              authenticatorData: string;
              signature: string;
              userHandle?: string;
            };
          };
          /**
           * @description `body` (the default for API clients) returns the refresh token; `cookie` sets it as an HttpOnly cookie for browsers.
           * @enum {string}
           */
          refresh_token_delivery?: 'body' | 'cookie';
        };
      };
    };
    responses: {
      /** @description The answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            jwt: string;
            /** @description The same JWT as `jwt`. */
            token: string;
            /**
             * Format: date-time
             * @description When the JWT expires; refresh before then.
             */
            expires_at: string;
            session_id: string;
            /** @description With `body` delivery: the refresh token for `auth.refresh` (it rotates each time). */
            refresh_token?: string;
            /**
             * Format: date-time
             * @description When the session ends unless refreshed.
             */
            refresh_expires_at: string;
            tenant_id: string;
            user: {
              id: string;
              email: string;
              name: string;
              tenant_id: string;
            };
            workspace_id: string;
          };
        };
      };
      /** @description The request could not be read or its input is not valid (`data.fields` names each field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-passkeySignin.error'];
        };
      };
      /** @description Missing or invalid credentials (`PASSKEY_NOT_RECOGNIZED`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-passkeySignin.error'];
        };
      };
      /** @description The credentials are valid but do not allow this (`NO_MEMBERSHIP`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-passkeySignin.error'];
        };
      };
      /** @description The body is larger than the server accepts (`BODY_LIMIT`) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-passkeySignin.error'];
        };
      };
      /** @description The body is not JSON (send `content-type: application/json`) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-passkeySignin.error'];
        };
      };
      /** @description Too many attempts: wait the `Retry-After` seconds (`RATE_LIMITED`) */
      429: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-passkeySignin.error'];
        };
      };
      /** @description The URL and headers are larger than the server reads */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-passkeySignin.error'];
        };
      };
      /** @description A fault of the service (logged); nothing more is said */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-passkeySignin.error'];
        };
      };
      /** @description The database cannot serve right now: retry after `Retry-After` seconds (`SERVICE_UNAVAILABLE`) */
      503: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-passkeySignin.error'];
        };
      };
    };
  };
  'tenants-plans': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A tenant id, or `me` for the caller’s own tenant. */
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              tenant_id: string;
              workspace_id: string;
              title: string;
              summary: string;
              intent: string;
              /** Format: date-time */
              created_at: string;
              tasks: {
                id: string;
                position: number;
                title: string;
                description: string;
                done: boolean;
              }[];
            }[];
            count: number;
          };
        };
      };
      /** @description The request could not be read or its input is not valid (`data.fields` names each field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['tenants-plans.error'];
        };
      };
      /** @description Missing or invalid credentials (`UNAUTHENTICATED`, `SESSION_INVALID`, `SERVICE_TOKEN_INVALID`, `SERVICE_CLIENT_REVOKED`, `MEMBERSHIP_ENDED`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['tenants-plans.error'];
        };
      };
      /** @description The credentials are valid but do not allow this (`SCOPE_REQUIRED`, `TENANT_FORBIDDEN`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['tenants-plans.error'];
        };
      };
      /** @description A path parameter is longer than the server reads */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['tenants-plans.error'];
        };
      };
      /** @description The URL and headers are larger than the server reads */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['tenants-plans.error'];
        };
      };
      /** @description A fault of the service (logged); nothing more is said */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['tenants-plans.error'];
        };
      };
      /** @description The database cannot serve right now: retry after `Retry-After` seconds (`SERVICE_UNAVAILABLE`) */
      503: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['tenants-plans.error'];
        };
      };
    };
  };
  'tenants-projects': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              tenant_id: string;
              name: string;
              description: string | null;
              is_default: boolean;
              /** Format: date-time */
              created_at: string;
            }[];
            count: number;
          };
        };
      };
      /** @description The request could not be read or its input is not valid (`data.fields` names each field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['tenants-projects.error'];
        };
      };
      /** @description Missing or invalid credentials (`UNAUTHENTICATED`, `SESSION_INVALID`, `SERVICE_TOKEN_INVALID`, `SERVICE_CLIENT_REVOKED`, `MEMBERSHIP_ENDED`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['tenants-projects.error'];
        };
      };
      /** @description The credentials are valid but do not allow this (`SCOPE_REQUIRED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['tenants-projects.error'];
        };
      };
      /** @description The URL and headers are larger than the server reads */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['tenants-projects.error'];
        };
      };
      /** @description A fault of the service (logged); nothing more is said */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['tenants-projects.error'];
        };
      };
      /** @description The database cannot serve right now: retry after `Retry-After` seconds (`SERVICE_UNAVAILABLE`) */
      503: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['tenants-projects.error'];
        };
      };
    };
  };
  'tenants-auditLog': {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              /** @enum {string} */
              type:
                | 'signup_requested'
                | 'email_queued'
                | 'email_sent'
                | 'email_failed'
                | 'verify_succeeded'
                | 'verify_failed'
                | 'signin_requested'
                | 'session_refreshed'
                | 'session_revoked'
                | 'rate_limited'
                | 'scanner_blocked'
                | 'provider_signup'
                | 'provider_signin'
                | 'provider_connected'
                | 'service_client_created'
                | 'service_client_revoked'
                | 'service_token_issued'
                | 'service_token_refused'
                | 'invitation_sent'
                | 'invitation_resent'
                | 'invitation_revoked'
                | 'invitation_accepted'
                | 'member_role_changed'
                | 'member_removed'
                | 'member_left'
                | 'ownership_transferred'
                | 'tenant_switched'
                | 'passkey_added'
                | 'passkey_renamed'
                | 'passkey_removed'
                | 'passkey_signin'
                | 'passkey_signin_failed';
              occurred_at: string;
              detail: string | null;
              intent: string | null;
              use_case: string | null;
              ip_prefix: string | null;
              user_agent_family: string | null;
            }[];
            next_cursor: string | null;
          };
        };
      };
      /** @description The request could not be read or its input is not valid (`data.fields` names each field) (`CURSOR_INVALID`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['tenants-auditLog.error'];
        };
      };
      /** @description Missing or invalid credentials (`UNAUTHENTICATED`, `SESSION_INVALID`, `SERVICE_TOKEN_INVALID`, `SERVICE_CLIENT_REVOKED`, `MEMBERSHIP_ENDED`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['tenants-auditLog.error'];
        };
      };
      /** @description The credentials are valid but do not allow this (`PERMISSION_REQUIRED`, `SERVICE_NOT_ALLOWED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['tenants-auditLog.error'];
        };
      };
      /** @description The URL and headers are larger than the server reads */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['tenants-auditLog.error'];
        };
      };
      /** @description A fault of the service (logged); nothing more is said */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['tenants-auditLog.error'];
        };
      };
      /** @description The database cannot serve right now: retry after `Retry-After` seconds (`SERVICE_UNAVAILABLE`) */
      503: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['tenants-auditLog.error'];
        };
      };
    };
  };
  'analytics-funnel': {
    parameters: {
      query: {
        /** @description from of the range of sign-up starts (ISO 8601) */
        from: string;
        /** @description to of the range of sign-up starts (ISO 8601) */
        to: string;
        by?: 'intent' | 'use_case' | 'day';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            from: string;
            to: string;
            by: ('intent' | 'use_case' | 'day') | null;
            totals: {
              /** @description Addresses that first asked to sign up in the range */
              signups: number;
              /** @description Of those, how many got a sign-up email delivered */
              delivered: number;
              /** @description Of those, how many opened a link and got an account */
              verified: number;
              /** @description verified / signups (0 when there are none) */
              conversion_rate: number;
              median_verify_seconds: number | null;
              p90_verify_seconds: number | null;
              /** @description Unverified sign-ups whose newest link has expired */
              expired_unused: number;
              resends: number;
              failed_deliveries: number;
              /** @description Links opened by a browser that did not ask for them */
              scanner_hits: number;
            };
            groups: {
              group: string;
              /** @description Addresses that first asked to sign up in the range */
              signups: number;
              /** @description Of those, how many got a sign-up email delivered */
              delivered: number;
              /** @description Of those, how many opened a link and got an account */
              verified: number;
              /** @description verified / signups (0 when there are none) */
              conversion_rate: number;
              median_verify_seconds: number | null;
              p90_verify_seconds: number | null;
              /** @description Unverified sign-ups whose newest link has expired */
              expired_unused: number;
              resends: number;
              failed_deliveries: number;
              /** @description Links opened by a browser that did not ask for them */
              scanner_hits: number;
            }[];
            /** @description Invitations sent → accepted: people brought in by a team rather than a sign-up */
            invitations: {
              /** @description Invitations sent in the range (a resend is not counted) */
              sent: number;
              /** @description Invitations accepted in the range */
              accepted: number;
            };
          };
        };
      };
      /** @description The request could not be read or its input is not valid (`data.fields` names each field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['analytics-funnel.error'];
        };
      };
      /** @description Missing or invalid credentials (`ADMIN_KEY_INVALID`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['analytics-funnel.error'];
        };
      };
      /** @description The credentials are valid but do not allow this (`ADMIN_API_DISABLED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['analytics-funnel.error'];
        };
      };
      /** @description Too many attempts: wait the `Retry-After` seconds (`RATE_LIMITED`) */
      429: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['analytics-funnel.error'];
        };
      };
      /** @description The URL and headers are larger than the server reads */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['analytics-funnel.error'];
        };
      };
      /** @description A fault of the service (logged); nothing more is said */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['analytics-funnel.error'];
        };
      };
      /** @description The database cannot serve right now: retry after `Retry-After` seconds (`SERVICE_UNAVAILABLE`) */
      503: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['analytics-funnel.error'];
        };
      };
    };
  };
  'serviceClients-list': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              client_id: string;
              name: string;
              scopes: string[];
              created_at: string;
              last_used_at: string | null;
              revoked_at: string | null;
            }[];
            count: number;
          };
        };
      };
      /** @description The request could not be read or its input is not valid (`data.fields` names each field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['serviceClients-list.error'];
        };
      };
      /** @description Missing or invalid credentials (`UNAUTHENTICATED`, `SESSION_INVALID`, `SERVICE_TOKEN_INVALID`, `SERVICE_CLIENT_REVOKED`, `MEMBERSHIP_ENDED`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['serviceClients-list.error'];
        };
      };
      /** @description The credentials are valid but do not allow this (`PERMISSION_REQUIRED`, `SERVICE_NOT_ALLOWED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['serviceClients-list.error'];
        };
      };
      /** @description The URL and headers are larger than the server reads */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['serviceClients-list.error'];
        };
      };
      /** @description A fault of the service (logged); nothing more is said */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['serviceClients-list.error'];
        };
      };
      /** @description The database cannot serve right now: retry after `Retry-After` seconds (`SERVICE_UNAVAILABLE`) */
      503: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['serviceClients-list.error'];
        };
      };
    };
  };
  'serviceClients-create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description What the service is, as the tenant’s owner will recognise it */
          name: string;
          /** @description What the service may do; a token may ask for fewer */
          scopes: ('plans:read' | 'projects:read' | 'members:read' | 'members:invite')[];
        };
      };
    };
    responses: {
      /** @description The answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            client: {
              client_id: string;
              name: string;
              scopes: string[];
              created_at: string;
              last_used_at: string | null;
              revoked_at: string | null;
            };
            /** @description Shown this once: only its hash is kept */
            client_secret: string;
          };
        };
      };
      /** @description The request could not be read or its input is not valid (`data.fields` names each field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['serviceClients-create.error'];
        };
      };
      /** @description Missing or invalid credentials (`UNAUTHENTICATED`, `SESSION_INVALID`, `SERVICE_TOKEN_INVALID`, `SERVICE_CLIENT_REVOKED`, `MEMBERSHIP_ENDED`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['serviceClients-create.error'];
        };
      };
      /** @description The credentials are valid but do not allow this (`PERMISSION_REQUIRED`, `SERVICE_NOT_ALLOWED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['serviceClients-create.error'];
        };
      };
      /** @description The body is larger than the server accepts (`BODY_LIMIT`) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['serviceClients-create.error'];
        };
      };
      /** @description The body is not JSON (send `content-type: application/json`) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['serviceClients-create.error'];
        };
      };
      /** @description The URL and headers are larger than the server reads */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['serviceClients-create.error'];
        };
      };
      /** @description A fault of the service (logged); nothing more is said */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['serviceClients-create.error'];
        };
      };
      /** @description The database cannot serve right now: retry after `Retry-After` seconds (`SERVICE_UNAVAILABLE`) */
      503: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['serviceClients-create.error'];
        };
      };
    };
  };
  'serviceClients-revoke': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        client_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @constant */
            ok: true;
          };
        };
      };
      /** @description The request could not be read or its input is not valid (`data.fields` names each field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['serviceClients-revoke.error'];
        };
      };
      /** @description Missing or invalid credentials (`UNAUTHENTICATED`, `SESSION_INVALID`, `SERVICE_TOKEN_INVALID`, `SERVICE_CLIENT_REVOKED`, `MEMBERSHIP_ENDED`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['serviceClients-revoke.error'];
        };
      };
      /** @description The credentials are valid but do not allow this (`PERMISSION_REQUIRED`, `SERVICE_NOT_ALLOWED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['serviceClients-revoke.error'];
        };
      };
      /** @description Not found (`SERVICE_CLIENT_NOT_FOUND`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['serviceClients-revoke.error'];
        };
      };
      /** @description The body is larger than the server accepts (`BODY_LIMIT`) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['serviceClients-revoke.error'];
        };
      };
      /** @description A path parameter is longer than the server reads */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['serviceClients-revoke.error'];
        };
      };
      /** @description The body is not JSON (send `content-type: application/json`) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['serviceClients-revoke.error'];
        };
      };
      /** @description The URL and headers are larger than the server reads */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['serviceClients-revoke.error'];
        };
      };
      /** @description A fault of the service (logged); nothing more is said */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['serviceClients-revoke.error'];
        };
      };
      /** @description The database cannot serve right now: retry after `Retry-After` seconds (`SERVICE_UNAVAILABLE`) */
      503: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['serviceClients-revoke.error'];
        };
      };
    };
  };
  'members-list': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              user_id: string;
              email: string;
              name: string;
              /**
               * @description owner: everything; admin: the team, but not owners or credentials; member: reads
               * @enum {string}
               */
              role: 'owner' | 'admin' | 'member';
              /** Format: date-time */
              joined_at: string;
              /** @description Whether this member is the person who asked (false for services). */
              you: boolean;
            }[];
            count: number;
          };
        };
      };
      /** @description The request could not be read or its input is not valid (`data.fields` names each field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['members-list.error'];
        };
      };
      /** @description Missing or invalid credentials (`UNAUTHENTICATED`, `SESSION_INVALID`, `SERVICE_TOKEN_INVALID`, `SERVICE_CLIENT_REVOKED`, `MEMBERSHIP_ENDED`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['members-list.error'];
        };
      };
      /** @description The credentials are valid but do not allow this (`SCOPE_REQUIRED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['members-list.error'];
        };
      };
      /** @description The URL and headers are larger than the server reads */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['members-list.error'];
        };
      };
      /** @description A fault of the service (logged); nothing more is said */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['members-list.error'];
        };
      };
      /** @description The database cannot serve right now: retry after `Retry-After` seconds (`SERVICE_UNAVAILABLE`) */
      503: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['members-list.error'];
        };
      };
    };
  };
  'members-setRole': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The member’s user id, as `members.list` gives it */
        user_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          role: 'owner' | 'admin' | 'member';
        };
      };
    };
    responses: {
      /** @description The answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            user_id: string;
            email: string;
            name: string;
            /**
             * @description owner: everything; admin: the team, but not owners or credentials; member: reads
             * @enum {string}
             */
            role: 'owner' | 'admin' | 'member';
            /** Format: date-time */
            joined_at: string;
            /** @description Whether this member is the person who asked (false for services). */
            you: boolean;
          };
        };
      };
      /** @description The request could not be read or its input is not valid (`data.fields` names each field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['members-setRole.error'];
        };
      };
      /** @description Missing or invalid credentials (`UNAUTHENTICATED`, `SESSION_INVALID`, `SERVICE_TOKEN_INVALID`, `SERVICE_CLIENT_REVOKED`, `MEMBERSHIP_ENDED`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['members-setRole.error'];
        };
      };
      /** @description The credentials are valid but do not allow this (`PERMISSION_REQUIRED`, `SERVICE_NOT_ALLOWED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['members-setRole.error'];
        };
      };
      /** @description Not found (`MEMBER_NOT_FOUND`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['members-setRole.error'];
        };
      };
      /** @description In conflict with a newer state (`LAST_OWNER`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['members-setRole.error'];
        };
      };
      /** @description The body is larger than the server accepts (`BODY_LIMIT`) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['members-setRole.error'];
        };
      };
      /** @description A path parameter is longer than the server reads */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['members-setRole.error'];
        };
      };
      /** @description The body is not JSON (send `content-type: application/json`) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['members-setRole.error'];
        };
      };
      /** @description The URL and headers are larger than the server reads */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['members-setRole.error'];
        };
      };
      /** @description A fault of the service (logged); nothing more is said */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['members-setRole.error'];
        };
      };
      /** @description The database cannot serve right now: retry after `Retry-After` seconds (`SERVICE_UNAVAILABLE`) */
      503: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['members-setRole.error'];
        };
      };
    };
  };
  'members-remove': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The member’s user id, as `members.list` gives it */
        user_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @constant */
            ok: true;
          };
        };
      };
      /** @description The request could not be read or its input is not valid (`data.fields` names each field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['members-remove.error'];
        };
      };
      /** @description Missing or invalid credentials (`UNAUTHENTICATED`, `SESSION_INVALID`, `SERVICE_TOKEN_INVALID`, `SERVICE_CLIENT_REVOKED`, `MEMBERSHIP_ENDED`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['members-remove.error'];
        };
      };
      /** @description The credentials are valid but do not allow this (`PERMISSION_REQUIRED`, `SERVICE_NOT_ALLOWED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['members-remove.error'];
        };
      };
      /** @description Not found (`MEMBER_NOT_FOUND`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['members-remove.error'];
        };
      };
      /** @description In conflict with a newer state (`LAST_OWNER`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['members-remove.error'];
        };
      };
      /** @description A path parameter is longer than the server reads */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['members-remove.error'];
        };
      };
      /** @description The URL and headers are larger than the server reads */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['members-remove.error'];
        };
      };
      /** @description A fault of the service (logged); nothing more is said */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['members-remove.error'];
        };
      };
      /** @description The database cannot serve right now: retry after `Retry-After` seconds (`SERVICE_UNAVAILABLE`) */
      503: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['members-remove.error'];
        };
      };
    };
  };
  'members-leave': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @constant */
            ok: true;
          };
        };
      };
      /** @description The request could not be read or its input is not valid (`data.fields` names each field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['members-leave.error'];
        };
      };
      /** @description Missing or invalid credentials (`UNAUTHENTICATED`, `SESSION_INVALID`, `SERVICE_TOKEN_INVALID`, `SERVICE_CLIENT_REVOKED`, `MEMBERSHIP_ENDED`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['members-leave.error'];
        };
      };
      /** @description The credentials are valid but do not allow this (`SERVICE_NOT_ALLOWED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['members-leave.error'];
        };
      };
      /** @description In conflict with a newer state (`LAST_OWNER`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['members-leave.error'];
        };
      };
      /** @description The body is larger than the server accepts (`BODY_LIMIT`) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['members-leave.error'];
        };
      };
      /** @description The body is not JSON (send `content-type: application/json`) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['members-leave.error'];
        };
      };
      /** @description The URL and headers are larger than the server reads */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['members-leave.error'];
        };
      };
      /** @description A fault of the service (logged); nothing more is said */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['members-leave.error'];
        };
      };
      /** @description The database cannot serve right now: retry after `Retry-After` seconds (`SERVICE_UNAVAILABLE`) */
      503: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['members-leave.error'];
        };
      };
    };
  };
  'members-transferOwnership': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The member’s user id, as `members.list` gives it */
        user_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @constant */
            ok: true;
          };
        };
      };
      /** @description The request could not be read or its input is not valid (`data.fields` names each field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['members-transferOwnership.error'];
        };
      };
      /** @description Missing or invalid credentials (`UNAUTHENTICATED`, `SESSION_INVALID`, `SERVICE_TOKEN_INVALID`, `SERVICE_CLIENT_REVOKED`, `MEMBERSHIP_ENDED`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['members-transferOwnership.error'];
        };
      };
      /** @description The credentials are valid but do not allow this (`PERMISSION_REQUIRED`, `SERVICE_NOT_ALLOWED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['members-transferOwnership.error'];
        };
      };
      /** @description Not found (`MEMBER_NOT_FOUND`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['members-transferOwnership.error'];
        };
      };
      /** @description The body is larger than the server accepts (`BODY_LIMIT`) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['members-transferOwnership.error'];
        };
      };
      /** @description A path parameter is longer than the server reads */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['members-transferOwnership.error'];
        };
      };
      /** @description The body is not JSON (send `content-type: application/json`) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['members-transferOwnership.error'];
        };
      };
      /** @description The URL and headers are larger than the server reads */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['members-transferOwnership.error'];
        };
      };
      /** @description A fault of the service (logged); nothing more is said */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['members-transferOwnership.error'];
        };
      };
      /** @description The database cannot serve right now: retry after `Retry-After` seconds (`SERVICE_UNAVAILABLE`) */
      503: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['members-transferOwnership.error'];
        };
      };
    };
  };
  'invitations-list': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              email: string;
              /** @enum {string} */
              role: 'admin' | 'member';
              /** @enum {string} */
              status: 'pending' | 'accepted' | 'revoked' | 'expired';
              /** @description The name of the person who invited; null when a service did */
              invited_by: string | null;
              /** Format: date-time */
              created_at: string;
              /**
               * Format: date-time
               * @description When the newest email was sent (creation or resend)
               */
              sent_at: string;
              /** Format: date-time */
              expires_at: string;
            }[];
            count: number;
          };
        };
      };
      /** @description The request could not be read or its input is not valid (`data.fields` names each field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-list.error'];
        };
      };
      /** @description Missing or invalid credentials (`UNAUTHENTICATED`, `SESSION_INVALID`, `SERVICE_TOKEN_INVALID`, `SERVICE_CLIENT_REVOKED`, `MEMBERSHIP_ENDED`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-list.error'];
        };
      };
      /** @description The credentials are valid but do not allow this (`SCOPE_REQUIRED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-list.error'];
        };
      };
      /** @description The URL and headers are larger than the server reads */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-list.error'];
        };
      };
      /** @description A fault of the service (logged); nothing more is said */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-list.error'];
        };
      };
      /** @description The database cannot serve right now: retry after `Retry-After` seconds (`SERVICE_UNAVAILABLE`) */
      503: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-list.error'];
        };
      };
    };
  };
  'invitations-create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * Format: email
           * @description The address to invite; only it may accept
           */
          email: string;
          /**
           * @description admin: runs the team; member: reads. Owners are made with members.setRole
           * @enum {string}
           */
          role: 'admin' | 'member';
        };
      };
    };
    responses: {
      /** @description The answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            email: string;
            /** @enum {string} */
            role: 'admin' | 'member';
            /** @enum {string} */
            status: 'pending' | 'accepted' | 'revoked' | 'expired';
            /** @description The name of the person who invited; null when a service did */
            invited_by: string | null;
            /** Format: date-time */
            created_at: string;
            /**
             * Format: date-time
             * @description When the newest email was sent (creation or resend)
             */
            sent_at: string;
            /** Format: date-time */
            expires_at: string;
          };
        };
      };
      /** @description The request could not be read or its input is not valid (`data.fields` names each field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-create.error'];
        };
      };
      /** @description Missing or invalid credentials (`UNAUTHENTICATED`, `SESSION_INVALID`, `SERVICE_TOKEN_INVALID`, `SERVICE_CLIENT_REVOKED`, `MEMBERSHIP_ENDED`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-create.error'];
        };
      };
      /** @description The credentials are valid but do not allow this (`PERMISSION_REQUIRED`, `SCOPE_REQUIRED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-create.error'];
        };
      };
      /** @description In conflict with a newer state (`ALREADY_A_MEMBER`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-create.error'];
        };
      };
      /** @description The body is larger than the server accepts (`BODY_LIMIT`) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-create.error'];
        };
      };
      /** @description The body is not JSON (send `content-type: application/json`) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-create.error'];
        };
      };
      /** @description Too many attempts: wait the `Retry-After` seconds (`RATE_LIMITED`) */
      429: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-create.error'];
        };
      };
      /** @description The URL and headers are larger than the server reads */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-create.error'];
        };
      };
      /** @description A fault of the service (logged); nothing more is said */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-create.error'];
        };
      };
      /** @description The database cannot serve right now: retry after `Retry-After` seconds (`SERVICE_UNAVAILABLE`) */
      503: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-create.error'];
        };
      };
    };
  };
  'invitations-resend': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        invitation_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            email: string;
            /** @enum {string} */
            role: 'admin' | 'member';
            /** @enum {string} */
            status: 'pending' | 'accepted' | 'revoked' | 'expired';
            /** @description The name of the person who invited; null when a service did */
            invited_by: string | null;
            /** Format: date-time */
            created_at: string;
            /**
             * Format: date-time
             * @description When the newest email was sent (creation or resend)
             */
            sent_at: string;
            /** Format: date-time */
            expires_at: string;
          };
        };
      };
      /** @description The request could not be read or its input is not valid (`data.fields` names each field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-resend.error'];
        };
      };
      /** @description Missing or invalid credentials (`UNAUTHENTICATED`, `SESSION_INVALID`, `SERVICE_TOKEN_INVALID`, `SERVICE_CLIENT_REVOKED`, `MEMBERSHIP_ENDED`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-resend.error'];
        };
      };
      /** @description The credentials are valid but do not allow this (`PERMISSION_REQUIRED`, `SCOPE_REQUIRED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-resend.error'];
        };
      };
      /** @description Not found (`INVITATION_NOT_FOUND`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-resend.error'];
        };
      };
      /** @description The body is larger than the server accepts (`BODY_LIMIT`) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-resend.error'];
        };
      };
      /** @description A path parameter is longer than the server reads */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-resend.error'];
        };
      };
      /** @description The body is not JSON (send `content-type: application/json`) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-resend.error'];
        };
      };
      /** @description Too many attempts: wait the `Retry-After` seconds (`RATE_LIMITED`) */
      429: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-resend.error'];
        };
      };
      /** @description The URL and headers are larger than the server reads */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-resend.error'];
        };
      };
      /** @description A fault of the service (logged); nothing more is said */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-resend.error'];
        };
      };
      /** @description The database cannot serve right now: retry after `Retry-After` seconds (`SERVICE_UNAVAILABLE`) */
      503: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-resend.error'];
        };
      };
    };
  };
  'invitations-revoke': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        invitation_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @constant */
            ok: true;
          };
        };
      };
      /** @description The request could not be read or its input is not valid (`data.fields` names each field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-revoke.error'];
        };
      };
      /** @description Missing or invalid credentials (`UNAUTHENTICATED`, `SESSION_INVALID`, `SERVICE_TOKEN_INVALID`, `SERVICE_CLIENT_REVOKED`, `MEMBERSHIP_ENDED`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-revoke.error'];
        };
      };
      /** @description The credentials are valid but do not allow this (`PERMISSION_REQUIRED`, `SCOPE_REQUIRED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-revoke.error'];
        };
      };
      /** @description Not found (`INVITATION_NOT_FOUND`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-revoke.error'];
        };
      };
      /** @description The body is larger than the server accepts (`BODY_LIMIT`) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-revoke.error'];
        };
      };
      /** @description A path parameter is longer than the server reads */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-revoke.error'];
        };
      };
      /** @description The body is not JSON (send `content-type: application/json`) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-revoke.error'];
        };
      };
      /** @description The URL and headers are larger than the server reads */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-revoke.error'];
        };
      };
      /** @description A fault of the service (logged); nothing more is said */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-revoke.error'];
        };
      };
      /** @description The database cannot serve right now: retry after `Retry-After` seconds (`SERVICE_UNAVAILABLE`) */
      503: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-revoke.error'];
        };
      };
    };
  };
  'invitations-preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          token: string;
        };
      };
    };
    responses: {
      /** @description The answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            tenant_name: string;
            /** @enum {string} */
            role: 'admin' | 'member';
            /** @description The invited address */
            email: string;
            invited_by: string | null;
            /** Format: date-time */
            expires_at: string;
            /** @description Whether the address has an account: accepting then needs no name */
            has_account: boolean;
          };
        };
      };
      /** @description The request could not be read or its input is not valid (`data.fields` names each field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-preview.error'];
        };
      };
      /** @description Not found (`INVITATION_NOT_FOUND`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-preview.error'];
        };
      };
      /** @description In conflict with a newer state (`INVITATION_USED`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-preview.error'];
        };
      };
      /** @description A precondition failed (e.g. the link expired) (`INVITATION_EXPIRED`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-preview.error'];
        };
      };
      /** @description The body is larger than the server accepts (`BODY_LIMIT`) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-preview.error'];
        };
      };
      /** @description The body is not JSON (send `content-type: application/json`) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-preview.error'];
        };
      };
      /** @description Too many attempts: wait the `Retry-After` seconds (`RATE_LIMITED`) */
      429: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-preview.error'];
        };
      };
      /** @description The URL and headers are larger than the server reads */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-preview.error'];
        };
      };
      /** @description A fault of the service (logged); nothing more is said */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-preview.error'];
        };
      };
      /** @description The database cannot serve right now: retry after `Retry-After` seconds (`SERVICE_UNAVAILABLE`) */
      503: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-preview.error'];
        };
      };
    };
  };
  'invitations-accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          token: string;
          /** @description Your name: needed when the invited address has no account yet */
          name?: string;
          /**
           * @description `body` (the default for API clients) returns the refresh token; `cookie` sets it as an HttpOnly cookie for browsers.
           * @enum {string}
           */
          refresh_token_delivery?: 'body' | 'cookie';
        };
      };
    };
    responses: {
      /** @description The answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            jwt: string;
            /** @description The same JWT as `jwt`. */
            token: string;
            /**
             * Format: date-time
             * @description When the JWT expires; refresh before then.
             */
            expires_at: string;
            session_id: string;
            /** @description With `body` delivery: the refresh token for `auth.refresh` (it rotates each time). */
            refresh_token?: string;
            /**
             * Format: date-time
             * @description When the session ends unless refreshed.
             */
            refresh_expires_at: string;
            tenant_id: string;
            user: {
              id: string;
              email: string;
              name: string;
              tenant_id: string;
            };
          };
        };
      };
      /** @description The request could not be read or its input is not valid (`data.fields` names each field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-accept.error'];
        };
      };
      /** @description Not found (`INVITATION_NOT_FOUND`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-accept.error'];
        };
      };
      /** @description In conflict with a newer state (`INVITATION_USED`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-accept.error'];
        };
      };
      /** @description A precondition failed (e.g. the link expired) (`INVITATION_EXPIRED`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-accept.error'];
        };
      };
      /** @description The body is larger than the server accepts (`BODY_LIMIT`) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-accept.error'];
        };
      };
      /** @description The body is not JSON (send `content-type: application/json`) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-accept.error'];
        };
      };
      /** @description Too many attempts: wait the `Retry-After` seconds (`RATE_LIMITED`) */
      429: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-accept.error'];
        };
      };
      /** @description The URL and headers are larger than the server reads */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-accept.error'];
        };
      };
      /** @description A fault of the service (logged); nothing more is said */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-accept.error'];
        };
      };
      /** @description The database cannot serve right now: retry after `Retry-After` seconds (`SERVICE_UNAVAILABLE`) */
      503: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-accept.error'];
        };
      };
    };
  };
  'invitations-join': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          token: string;
        };
      };
    };
    responses: {
      /** @description The answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            jwt: string;
            /** @description The same JWT as `jwt`. */
            token: string;
            /**
             * Format: date-time
             * @description When the JWT expires; refresh before then.
             */
            expires_at: string;
            session_id: string;
            /** @description With `body` delivery: the refresh token for `auth.refresh` (it rotates each time). */
            refresh_token?: string;
            /**
             * Format: date-time
             * @description When the session ends unless refreshed.
             */
            refresh_expires_at: string;
            tenant_id: string;
            user: {
              id: string;
              email: string;
              name: string;
              tenant_id: string;
            };
          };
        };
      };
      /** @description The request could not be read or its input is not valid (`data.fields` names each field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-join.error'];
        };
      };
      /** @description Missing or invalid credentials (`UNAUTHENTICATED`, `SESSION_INVALID`, `SERVICE_TOKEN_INVALID`, `SERVICE_CLIENT_REVOKED`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-join.error'];
        };
      };
      /** @description The credentials are valid but do not allow this (`SERVICE_NOT_ALLOWED`, `INVITATION_FOR_ANOTHER_ADDRESS`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-join.error'];
        };
      };
      /** @description Not found (`INVITATION_NOT_FOUND`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-join.error'];
        };
      };
      /** @description In conflict with a newer state (`INVITATION_USED`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-join.error'];
        };
      };
      /** @description A precondition failed (e.g. the link expired) (`INVITATION_EXPIRED`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-join.error'];
        };
      };
      /** @description The body is larger than the server accepts (`BODY_LIMIT`) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-join.error'];
        };
      };
      /** @description The body is not JSON (send `content-type: application/json`) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-join.error'];
        };
      };
      /** @description The URL and headers are larger than the server reads */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-join.error'];
        };
      };
      /** @description A fault of the service (logged); nothing more is said */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-join.error'];
        };
      };
      /** @description The database cannot serve right now: retry after `Retry-After` seconds (`SERVICE_UNAVAILABLE`) */
      503: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['invitations-join.error'];
        };
      };
    };
  };
  'passkeys-list': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              name: string;
              /** Format: date-time */
              created_at: string;
              last_used_at: string | null;
              /** @description Whether the passkey is synced (backed up) beyond one device. */
              backed_up: boolean;
              /** @enum {string} */
              device_type: 'singleDevice' | 'multiDevice';
            }[];
            count: number;
          };
        };
      };
      /** @description The request could not be read or its input is not valid (`data.fields` names each field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['passkeys-list.error'];
        };
      };
      /** @description Missing or invalid credentials (`UNAUTHENTICATED`, `SESSION_INVALID`, `SERVICE_TOKEN_INVALID`, `SERVICE_CLIENT_REVOKED`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['passkeys-list.error'];
        };
      };
      /** @description The credentials are valid but do not allow this (`SERVICE_NOT_ALLOWED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['passkeys-list.error'];
        };
      };
      /** @description The URL and headers are larger than the server reads */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['passkeys-list.error'];
        };
      };
      /** @description A fault of the service (logged); nothing more is said */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['passkeys-list.error'];
        };
      };
      /** @description The database cannot serve right now: retry after `Retry-After` seconds (`SERVICE_UNAVAILABLE`) */
      503: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['passkeys-list.error'];
        };
      };
    };
  };
  'passkeys-register': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          response: {
            id: string;
            rawId: string;
            /** @enum {string} */
            authenticatorAttachment?: 'platform' | 'cross-platform';
            /** @description What the browser reported of the extensions; only `credProps` is read. */
            clientExtensionResults: {
              appid?: boolean;
              credProps?: {
                rk?: boolean;
              };
              hmacCreateSecret?: boolean;
            };
            /** @constant */
            type: 'public-key';
            response: {
              clientDataJSON: string;
              attestationObject: string;
              authenticatorData?: string;
              transports?: string[];
              publicKeyAlgorithm?: number;
              publicKey?: string;
            };
          };
          /** @description What Settings calls it; "Passkey", "Passkey 2", … when not given */
          name?: string;
        };
      };
    };
    responses: {
      /** @description The answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            /** Format: date-time */
            created_at: string;
            last_used_at: string | null;
            /** @description Whether the passkey is synced (backed up) beyond one device. */
            backed_up: boolean;
            /** @enum {string} */
            device_type: 'singleDevice' | 'multiDevice';
          };
        };
      };
      /** @description The request could not be read or its input is not valid (`data.fields` names each field) (`PASSKEY_REJECTED`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['passkeys-register.error'];
        };
      };
      /** @description Missing or invalid credentials (`UNAUTHENTICATED`, `SESSION_INVALID`, `SERVICE_TOKEN_INVALID`, `SERVICE_CLIENT_REVOKED`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['passkeys-register.error'];
        };
      };
      /** @description The credentials are valid but do not allow this (`SERVICE_NOT_ALLOWED`, `FRESH_SIGNIN_REQUIRED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['passkeys-register.error'];
        };
      };
      /** @description The body is larger than the server accepts (`BODY_LIMIT`) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['passkeys-register.error'];
        };
      };
      /** @description The body is not JSON (send `content-type: application/json`) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['passkeys-register.error'];
        };
      };
      /** @description The URL and headers are larger than the server reads */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['passkeys-register.error'];
        };
      };
      /** @description A fault of the service (logged); nothing more is said */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['passkeys-register.error'];
        };
      };
      /** @description The database cannot serve right now: retry after `Retry-After` seconds (`SERVICE_UNAVAILABLE`) */
      503: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['passkeys-register.error'];
        };
      };
    };
  };
  'passkeys-registrationOptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            options: {
              rp: {
                name: string;
                id?: string;
              };
              user: {
                id: string;
                name: string;
                displayName: string;
              };
              challenge: string;
              pubKeyCredParams: {
                alg: number;
                /** @constant */
                type: 'public-key';
              }[];
              timeout?: number;
              excludeCredentials?: {
                id: string;
                type: string;
                transports?: string[];
              }[];
              authenticatorSelection?: {
                /** @enum {string} */
                authenticatorAttachment?: 'platform' | 'cross-platform';
                requireResidentKey?: boolean;
                /** @enum {string} */
                residentKey?: 'discouraged' | 'preferred' | 'required';
                /** @enum {string} */
                userVerification?: 'discouraged' | 'preferred' | 'required';
              };
              hints?: ('hybrid' | 'security-key' | 'client-device')[];
              /** @enum {string} */
              attestation?: 'direct' | 'enterprise' | 'indirect' | 'none';
              extensions?: {
                credProps?: boolean;
              };
            };
          };
        };
      };
      /** @description The request could not be read or its input is not valid (`data.fields` names each field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['passkeys-registrationOptions.error'];
        };
      };
      /** @description Missing or invalid credentials (`UNAUTHENTICATED`, `SESSION_INVALID`, `SERVICE_TOKEN_INVALID`, `SERVICE_CLIENT_REVOKED`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['passkeys-registrationOptions.error'];
        };
      };
      /** @description The credentials are valid but do not allow this (`SERVICE_NOT_ALLOWED`, `FRESH_SIGNIN_REQUIRED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['passkeys-registrationOptions.error'];
        };
      };
      /** @description The body is larger than the server accepts (`BODY_LIMIT`) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['passkeys-registrationOptions.error'];
        };
      };
      /** @description The body is not JSON (send `content-type: application/json`) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['passkeys-registrationOptions.error'];
        };
      };
      /** @description The URL and headers are larger than the server reads */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['passkeys-registrationOptions.error'];
        };
      };
      /** @description A fault of the service (logged); nothing more is said */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['passkeys-registrationOptions.error'];
        };
      };
      /** @description The database cannot serve right now: retry after `Retry-After` seconds (`SERVICE_UNAVAILABLE`) */
      503: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['passkeys-registrationOptions.error'];
        };
      };
    };
  };
  'passkeys-remove': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @constant */
            ok: true;
          };
        };
      };
      /** @description The request could not be read or its input is not valid (`data.fields` names each field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['passkeys-remove.error'];
        };
      };
      /** @description Missing or invalid credentials (`UNAUTHENTICATED`, `SESSION_INVALID`, `SERVICE_TOKEN_INVALID`, `SERVICE_CLIENT_REVOKED`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['passkeys-remove.error'];
        };
      };
      /** @description The credentials are valid but do not allow this (`SERVICE_NOT_ALLOWED`, `FRESH_SIGNIN_REQUIRED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['passkeys-remove.error'];
        };
      };
      /** @description Not found (`PASSKEY_NOT_FOUND`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['passkeys-remove.error'];
        };
      };
      /** @description A path parameter is longer than the server reads */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['passkeys-remove.error'];
        };
      };
      /** @description The URL and headers are larger than the server reads */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['passkeys-remove.error'];
        };
      };
      /** @description A fault of the service (logged); nothing more is said */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['passkeys-remove.error'];
        };
      };
      /** @description The database cannot serve right now: retry after `Retry-After` seconds (`SERVICE_UNAVAILABLE`) */
      503: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['passkeys-remove.error'];
        };
      };
    };
  };
  'passkeys-rename': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
        };
      };
    };
    responses: {
      /** @description The answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            /** Format: date-time */
            created_at: string;
            last_used_at: string | null;
            /** @description Whether the passkey is synced (backed up) beyond one device. */
            backed_up: boolean;
            /** @enum {string} */
            device_type: 'singleDevice' | 'multiDevice';
          };
        };
      };
      /** @description The request could not be read or its input is not valid (`data.fields` names each field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['passkeys-rename.error'];
        };
      };
      /** @description Missing or invalid credentials (`UNAUTHENTICATED`, `SESSION_INVALID`, `SERVICE_TOKEN_INVALID`, `SERVICE_CLIENT_REVOKED`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['passkeys-rename.error'];
        };
      };
      /** @description The credentials are valid but do not allow this (`SERVICE_NOT_ALLOWED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['passkeys-rename.error'];
        };
      };
      /** @description Not found (`PASSKEY_NOT_FOUND`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['passkeys-rename.error'];
        };
      };
      /** @description The body is larger than the server accepts (`BODY_LIMIT`) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['passkeys-rename.error'];
        };
      };
      /** @description A path parameter is longer than the server reads */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['passkeys-rename.error'];
        };
      };
      /** @description The body is not JSON (send `content-type: application/json`) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['passkeys-rename.error'];
        };
      };
      /** @description The URL and headers are larger than the server reads */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['passkeys-rename.error'];
        };
      };
      /** @description A fault of the service (logged); nothing more is said */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['passkeys-rename.error'];
        };
      };
      /** @description The database cannot serve right now: retry after `Retry-After` seconds (`SERVICE_UNAVAILABLE`) */
      503: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['passkeys-rename.error'];
        };
      };
    };
  };
  'auth-provider-signup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          business_name: string;
          /**
           * @description What the business wants to do first; chooses the sample plan.
           * @enum {string}
           */
          intent?: 'launch' | 'grow' | 'other';
        };
      };
    };
    responses: {
      /** @description Signed in (refresh cookie set): where the web app goes next */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            next: string;
          };
        };
      };
      /** @description The request could not be read or its input is not valid (`data.fields` names each field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-provider-signup.error'];
        };
      };
      /** @description In conflict with a newer state (`OAUTH_ACCOUNT_EXISTS`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-provider-signup.error'];
        };
      };
      /** @description A precondition failed (e.g. the link expired) (`OAUTH_SIGNUP_EXPIRED`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-provider-signup.error'];
        };
      };
      /** @description The body is larger than the server accepts (`BODY_LIMIT`) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-provider-signup.error'];
        };
      };
      /** @description The body is not JSON (send `content-type: application/json`) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-provider-signup.error'];
        };
      };
      /** @description Too many attempts: wait the `Retry-After` seconds (`RATE_LIMITED`) */
      429: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-provider-signup.error'];
        };
      };
      /** @description The URL and headers are larger than the server reads */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-provider-signup.error'];
        };
      };
      /** @description A fault of the service (logged); nothing more is said */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-provider-signup.error'];
        };
      };
      /** @description The database cannot serve right now: retry after `Retry-After` seconds (`SERVICE_UNAVAILABLE`) */
      503: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['auth-provider-signup.error'];
        };
      };
    };
  };
  'oauth-token': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          /** @enum {string} */
          grant_type: 'client_credentials';
          /** @description Space-separated, fewer than the client holds: plans:read, projects:read, members:read, members:invite */
          scope?: string;
          /** @description With client_secret_post only */
          client_id?: string;
          /** @description With client_secret_post only */
          client_secret?: string;
        };
      };
    };
    responses: {
      /** @description The access token */
      200: {
        headers: {
          'Cache-Control': 'no-store';
          Pragma: 'no-cache';
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            access_token: string;
            /** @constant */
            token_type: 'Bearer';
            /** @description Seconds */
            expires_in: number;
            /** @description The scopes granted, space-separated */
            scope: string;
          };
        };
      };
      /** @description The request cannot be used */
      400: {
        headers: {
          'Cache-Control': 'no-store';
          Pragma: 'no-cache';
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            error: 'invalid_request' | 'invalid_scope' | 'unsupported_grant_type';
            /** @description What went wrong, for a person */
            error_description: string;
          };
        };
      };
      /** @description Client authentication failed: an unknown client, a wrong secret or a revoked client answer alike */
      401: {
        headers: {
          'Cache-Control': 'no-store';
          Pragma: 'no-cache';
          /** @description When Basic was tried */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            error: 'invalid_client';
            /** @description What went wrong, for a person */
            error_description: string;
          };
        };
      };
      /** @description Too many requests: wait the `Retry-After` seconds */
      429: {
        headers: {
          'Cache-Control': 'no-store';
          Pragma: 'no-cache';
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            error: 'temporarily_unavailable';
            /** @description What went wrong, for a person */
            error_description: string;
          };
        };
      };
      /** @description A fault of the service (logged) */
      500: {
        headers: {
          'Cache-Control': 'no-store';
          Pragma: 'no-cache';
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            error: 'server_error';
            /** @description What went wrong, for a person */
            error_description: string;
          };
        };
      };
      /** @description The database cannot serve right now: retry after `Retry-After` seconds */
      503: {
        headers: {
          'Cache-Control': 'no-store';
          Pragma: 'no-cache';
          'Retry-After': components['headers']['RetryAfter'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            error: 'temporarily_unavailable';
            /** @description What went wrong, for a person */
            error_description: string;
          };
        };
      };
      /** @description A request refused before it is read: too large a body or head */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
