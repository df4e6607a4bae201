/** The fragment parameter that carries a shared workspace: `#share=v1.<data>`. */
export const SHARE_PARAM = 'share';

/** The version prefix of the encoding, so a future encoding can be told apart and refused clearly. */
export const SHARE_VERSION = 'v1';

/**
 * Caps that keep a link usable and a hostile link harmless: the encoded text (browsers and chat
 * tools mangle longer URLs) and the decompressed JSON (so a small link cannot expand without bound).
 */
export const SHARE_LIMITS = { encodedLength: 60_000, decompressedBytes: 4_000_000 } as const;
