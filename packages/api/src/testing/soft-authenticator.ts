import { isoCBOR } from '@simplewebauthn/server/helpers';
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { createHash, generateKeyPairSync, randomBytes, sign } from 'node:crypto';

// Authenticator data flags (WebAuthn §6.1): user present, user verified, backup eligible and
// backed up, attested credential data included.
const USER_PRESENT = 0x01;
const USER_VERIFIED = 0x04;
const BACKUP_ELIGIBLE = 0x08;
const BACKED_UP = 0x10;
const ATTESTED_CREDENTIAL = 0x40;

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest();
const base64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

/** Where a ceremony happens: the origin the "browser" reports and the RP ID it hashes. */
export interface Ceremony {
  origin: string;
  rpId: string;
  /** Answer this challenge instead of the options' own (a replay of an older one). */
  challenge?: string;
}

/**
 * A passkey in software, as a browser and its authenticator answer: an ES256 (P-256) key pair,
 * `none` attestation, a signature counter. Tests use it to register and sign in over the real
 * verification code.
 */
export function createSoftAuthenticator(options: { backedUp?: boolean } = {}) {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const credentialId = randomBytes(32);
  const jwk = publicKey.export({ format: 'jwk' });
  // The COSE_Key of the public key: kty EC2, alg ES256, crv P-256, x, y.
  const coseKey = isoCBOR.encode(
    new Map<number, number | Uint8Array>([
      [1, 2],
      [3, -7],
      [-1, 1],
      [-2, Buffer.from(jwk.x ?? '', 'base64url')],
      [-3, Buffer.from(jwk.y ?? '', 'base64url')],
    ]),
  );
  const backupFlags = options.backedUp ? BACKUP_ELIGIBLE | BACKED_UP : 0;
  let counter = 0;
  let userHandle: string | undefined;

  function authenticatorData(rpId: string, flags: number, attested?: Buffer): Buffer {
    const count = Buffer.alloc(4);
    count.writeUInt32BE(counter);
    return Buffer.concat([
      sha256(rpId),
      Buffer.of(flags | backupFlags),
      count,
      attested ?? Buffer.of(),
    ]);
  }

  function clientData(type: string, challenge: string, origin: string): Buffer {
    return Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false }));
  }

  return {
    credentialId: base64url(credentialId),
    /** How many times it signed (the counter it sends next is one more). */
    get counter() {
      return counter;
    },

    /** What `startRegistration()` gives for these options. */
    register(
      creation: PublicKeyCredentialCreationOptionsJSON,
      ceremony: Ceremony,
    ): RegistrationResponseJSON {
      userHandle = creation.user.id;
      const idLength = Buffer.alloc(2);
      idLength.writeUInt16BE(credentialId.length);
      // AAGUID (zeros: none), credential id length, credential id, public key.
      const attested = Buffer.concat([Buffer.alloc(16), idLength, credentialId, coseKey]);
      const authData = authenticatorData(
        ceremony.rpId,
        USER_PRESENT | USER_VERIFIED | ATTESTED_CREDENTIAL,
        attested,
      );
      const attestationObject = isoCBOR.encode(
        new Map<string, string | Uint8Array | Map<string, string>>([
          ['fmt', 'none'],
          ['attStmt', new Map<string, string>()],
          ['authData', authData],
        ]),
      );
      const challenge = ceremony.challenge ?? creation.challenge;
      return {
        id: base64url(credentialId),
        rawId: base64url(credentialId),
        type: 'public-key',
        authenticatorAttachment: 'platform',
        clientExtensionResults: { credProps: { rk: true } },
        response: {
          clientDataJSON: base64url(clientData('webauthn.create', challenge, ceremony.origin)),
          attestationObject: base64url(attestationObject),
          transports: ['internal', 'hybrid'],
        },
      };
    },

    /** What `startAuthentication()` gives for these options: a signed assertion. */
    authenticate(
      request: PublicKeyCredentialRequestOptionsJSON,
      ceremony: Ceremony,
    ): AuthenticationResponseJSON {
      counter += 1;
      const authData = authenticatorData(ceremony.rpId, USER_PRESENT | USER_VERIFIED);
      const clientDataJSON = clientData(
        'webauthn.get',
        ceremony.challenge ?? request.challenge,
        ceremony.origin,
      );
      const signature = sign(
        'sha256',
        Buffer.concat([authData, sha256(clientDataJSON)]),
        privateKey,
      );
      return {
        id: base64url(credentialId),
        rawId: base64url(credentialId),
        type: 'public-key',
        authenticatorAttachment: 'platform',
        clientExtensionResults: {},
        response: {
          clientDataJSON: base64url(clientDataJSON),
          authenticatorData: base64url(authData),
          signature: base64url(signature),
          ...(userHandle !== undefined && { userHandle }),
        },
      };
    },
  };
}

export type SoftAuthenticator = ReturnType<typeof createSoftAuthenticator>;
