// SHA-256 of an entry's bytes through WebCrypto, present alike in the renderer, a Worker and Node 20.

export const sha256Hex = async (bytes: Uint8Array): Promise<string> => {
  // WebCrypto takes only views over a plain ArrayBuffer; a copy is one memcpy beside the hashing itself.
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes.slice()));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
};
