import { randomUUID } from 'node:crypto';

/**
 * JSON texts an answer carries as they are, instead of parsing them into objects only to write them
 * out again (compiled reads: a case built as JSON by PostgreSQL). The object's place in the answer
 * holds a placeholder string; as the answer leaves, each placeholder is replaced by its text.
 *
 * A placeholder starts with a NUL character, which no PostgreSQL text can hold, and carries a nonce
 * made for the request, so no value of the answer can stand for one.
 */
export class RawJson {
  private readonly texts: string[] = [];
  private nonce = '';

  /** The value to put where `text` goes: a string that serializes to a placeholder. */
  placeholder(text: string): string {
    // node keeps random bytes in hand for UUIDs: no system call per request
    this.nonce ||= randomUUID();
    return `\u0000${this.nonce}:${this.texts.push(text) - 1}`;
  }

  get empty(): boolean {
    return this.texts.length === 0;
  }

  /**
   * The serialized answer with each placeholder replaced by its JSON text, as UTF-8 bytes: made in one
   * copy, where concatenating strings had the answer flattened and encoded again as it was written.
   */
  splice(body: string): string | Buffer {
    if (this.texts.length === 0) return body;
    const [head, ...rest] = body.split(`"\\u0000${this.nonce}:`);
    const pieces = [head];
    for (const part of rest) {
      const end = part.indexOf('"');
      pieces.push(this.texts[Number(part.slice(0, end))], part.slice(end + 1));
    }
    // one buffer, written piece by piece: a UTF-16 unit takes at most 3 bytes of UTF-8
    const out = Buffer.allocUnsafe(pieces.reduce((n, piece) => n + piece.length * 3, 0));
    let at = 0;
    for (const piece of pieces) at += out.write(piece, at);
    return out.subarray(0, at);
  }
}
