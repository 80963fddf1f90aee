// A verifier of a password or PIN that this PC saw accepted by the server (F1: offline sign-in and
// the quick switch): the same scrypt hash the server keeps for its accounts (server/auth/secret-hash.ts,
// plain node:crypto, bundled into main), so the secret itself is never kept on the PC and guessing it
// from a stolen store stays slow.
export {
  DEFAULT_SCRYPT_PARAMS as DEFAULT_SCRYPT_COST, hashSecret as makeVerifier, verifySecret as checkVerifier, type ScryptParams as ScryptCost,
} from '../../../server/auth/secret-hash'
