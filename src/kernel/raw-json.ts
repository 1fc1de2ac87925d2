import { randomBytes } from 'node:crypto';

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
    this.nonce ||= randomBytes(9).toString('base64url');
    return `\u0000${this.nonce}:${this.texts.push(text) - 1}`;
  }

  get empty(): boolean {
    return this.texts.length === 0;
  }

  /** The serialized answer with each placeholder replaced by its JSON text. */
  splice(body: string): string {
    if (this.texts.length === 0) return body;
    const pattern = new RegExp(`"\\\\u0000${this.nonce}:(\\d+)"`, 'g');
    return body.replace(pattern, (_match, i: string) => this.texts[Number(i)]);
  }
}
