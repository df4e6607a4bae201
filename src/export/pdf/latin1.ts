// PDF syntax is bytes, not text: a dictionary may hold raw bytes above 0x7f (pdfkit writes UTF-16
// strings that way). These map each byte to the character of the same number and back, so nothing
// is altered.

// The WHATWG 'latin1' decoder is really windows-1252: native and fast, and exact for every byte
// except 0x80-0x9f, most of which it turns into characters above 0xff (the euro sign, quotes).
const windows1252 = new TextDecoder('latin1');
const SLICE = 0x2000;

function decodeByteByByte(bytes: Uint8Array): string {
  const pieces: string[] = [];
  for (let i = 0; i < bytes.length; i += SLICE) {
    pieces.push(String.fromCharCode(...bytes.subarray(i, i + SLICE)));
  }
  return pieces.join('');
}

/** The bytes as a string of one character per byte. */
export function bytesToLatin1(bytes: Uint8Array): string {
  const text = windows1252.decode(bytes);
  // Content streams are plain ASCII; the slow exact path is for the few bytes the decoder remaps.
  return /[\u0100-\uffff]/.test(text) ? decodeByteByByte(bytes) : text;
}

const utf8 = new TextEncoder();

/** The string of bytesToLatin1 back as bytes; every character must be below 256. */
export function latin1ToBytes(text: string): Uint8Array<ArrayBuffer> {
  // Plain ASCII, as content streams are, is the same in UTF-8, which has a native encoder.
  if (!/[\u0080-\uffff]/.test(text)) return utf8.encode(text);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);
  return bytes;
}
