import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from "node:crypto";
import { isoBase64URL, isoCBOR } from "@simplewebauthn/server/helpers";

/*
 * A software authenticator for tests: a P-256 key pair, "none" attestation,
 * and a signature counter the test sets. It answers the options the server
 * makes as a browser would pass them on, so registration and sign-in are
 * verified by the real library, with the origin the test chooses.
 */
export type SoftAuthenticator = {
  credentialId: string;
  counter: number;
  register(options: { challenge: string; rp: { id?: string } }, origin: string): string;
  assert(options: { challenge: string; rpId?: string }, origin: string): string;
};

type CborMap = Parameters<typeof isoCBOR.encode>[0] & Map<string | number, unknown>;

const sha256 = (data: Uint8Array | string) => createHash("sha256").update(data).digest();

function clientData(type: string, challenge: string, origin: string): Buffer {
  return Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false }));
}

function coseKey(publicKey: KeyObject): Uint8Array {
  const jwk = publicKey.export({ format: "jwk" });
  const key = new Map<number, number | Uint8Array>([
    [1, 2], // kty: EC2
    [3, -7], // alg: ES256
    [-1, 1], // crv: P-256
    [-2, Buffer.from(jwk.x!, "base64url")],
    [-3, Buffer.from(jwk.y!, "base64url")],
  ]);
  return isoCBOR.encode(key);
}

function counterBytes(counter: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(counter);
  return b;
}

export function softAuthenticator(): SoftAuthenticator {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const rawId = randomBytes(16);
  const auth: SoftAuthenticator = {
    credentialId: isoBase64URL.fromBuffer(rawId),
    counter: 0,
    register(options, origin) {
      const rpId = options.rp.id ?? new URL(origin).hostname;
      const idLength = Buffer.alloc(2);
      idLength.writeUInt16BE(rawId.length);
      const authData = Buffer.concat([
        sha256(rpId),
        Buffer.from([0x45]), // user present, user verified, attested credential data
        counterBytes(auth.counter),
        Buffer.alloc(16), // AAGUID
        idLength,
        rawId,
        coseKey(publicKey),
      ]);
      const attestation: CborMap = new Map();
      attestation.set("fmt", "none");
      attestation.set("attStmt", new Map());
      attestation.set("authData", new Uint8Array(authData));
      const attestationObject = isoCBOR.encode(attestation);
      return JSON.stringify({
        id: auth.credentialId,
        rawId: auth.credentialId,
        type: "public-key",
        clientExtensionResults: {},
        response: {
          clientDataJSON: isoBase64URL.fromBuffer(clientData("webauthn.create", options.challenge, origin)),
          attestationObject: isoBase64URL.fromBuffer(attestationObject),
          transports: ["usb"],
        },
      });
    },
    assert(options, origin) {
      const rpId = options.rpId ?? new URL(origin).hostname;
      const authData = Buffer.concat([sha256(rpId), Buffer.from([0x05]), counterBytes(auth.counter)]);
      const data = clientData("webauthn.get", options.challenge, origin);
      const signature = sign("sha256", Buffer.concat([authData, sha256(data)]), privateKey);
      return JSON.stringify({
        id: auth.credentialId,
        rawId: auth.credentialId,
        type: "public-key",
        clientExtensionResults: {},
        response: {
          clientDataJSON: isoBase64URL.fromBuffer(data),
          authenticatorData: isoBase64URL.fromBuffer(authData),
          signature: isoBase64URL.fromBuffer(signature),
        },
      });
    },
  };
  return auth;
}
