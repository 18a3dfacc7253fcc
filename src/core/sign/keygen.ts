import { ed25519 } from '@noble/curves/ed25519.js';
import type { PrivateKey } from './ssh-key';

/** A new Ed25519 key from the platform's secure random source (crypto.getRandomValues). */
export function generateKey(): PrivateKey {
  return keyFromSeed(ed25519.utils.randomSecretKey());
}

export function keyFromSeed(seed: Uint8Array): PrivateKey {
  return { seed, publicKey: ed25519.getPublicKey(seed) };
}
