/**
 * A small seeded PRNG (sfc32: 128-bit state, a counter, fast in plain 32-bit JS arithmetic) and the
 * draws the demo generator needs. Every case gets its own stream, keyed by (seed, run base, index),
 * so the data depends only on those numbers and never on `Math.random` or `crypto.randomUUID`.
 */
const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d = 1;

  /** Distinct (a, b, c) give distinct streams: the state transition is a bijection with a counter. */
  constructor(a: number, b: number, c: number) {
    this.a = a | 0;
    this.b = b | 0;
    this.c = c | 0;
    for (let i = 0; i < 20; i += 1) this.u32();
  }

  /** A uniform 32-bit unsigned integer. */
  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.u32() / 4294967296;
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return max <= min ? min : min + Math.floor(this.float() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.float() * items.length)];
  }

  /** `count` distinct items (fewer when the list is shorter), in draw order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = items.slice();
    const out: T[] = [];
    while (out.length < count && pool.length > 0) {
      out.push(pool.splice(Math.floor(this.float() * pool.length), 1)[0]);
    }
    return out;
  }

  /** Digits as a string of exactly `length` characters. */
  digits(length: number): string {
    let s = '';
    for (let i = 0; i < length; i += 1) s += String(Math.floor(this.float() * 10));
    return s;
  }

  /** A random version-4-shaped UUID (version nibble 4, variant 10xx), derived from this stream. */
  uuid(): string {
    const w0 = this.u32();
    const w1 = this.u32();
    const w2 = this.u32();
    const w3 = this.u32();
    const b6 = ((w1 >>> 8) & 0x0f) | 0x40;
    const b8 = ((w2 >>> 24) & 0x3f) | 0x80;
    return HEX[w0 >>> 24] + HEX[(w0 >>> 16) & 255] + HEX[(w0 >>> 8) & 255] + HEX[w0 & 255] + '-'
      + HEX[w1 >>> 24] + HEX[(w1 >>> 16) & 255] + '-' + HEX[b6] + HEX[w1 & 255] + '-'
      + HEX[b8] + HEX[(w2 >>> 16) & 255] + '-' + HEX[(w2 >>> 8) & 255] + HEX[w2 & 255]
      + HEX[w3 >>> 24] + HEX[(w3 >>> 16) & 255] + HEX[(w3 >>> 8) & 255] + HEX[w3 & 255];
  }
}

/** A fixed discrete distribution, prepared once and drawn from many times. */
export class Weighted<T> {
  private readonly values: T[];
  private readonly cumulative: number[];
  private readonly total: number;

  constructor(entries: readonly (readonly [T, number])[]) {
    this.values = [];
    this.cumulative = [];
    let sum = 0;
    for (const [value, weight] of entries) {
      if (weight <= 0) continue;
      sum += weight;
      this.values.push(value);
      this.cumulative.push(sum);
    }
    if (this.values.length === 0) throw new Error('a weighted choice needs at least one positive weight');
    this.total = sum;
  }

  draw(rng: Rng): T {
    const x = rng.float() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid] > x) hi = mid; else lo = mid + 1;
    }
    return this.values[lo];
  }
}
