import { gcd } from './gcd.js';

/**
 * Exact rational numbers on BigInt. Every decision of the counting rules is taken on these;
 * floating point appears only in the human-readable explanations (`toNumber`).
 *
 * @example
 * const third = Rational.of(1n, 3n);
 * third.add(third).add(third).equals(Rational.ONE); // true
 */
export class Rational {
  /** Numerator; carries the sign. */
  readonly n: bigint;
  /** Denominator; always positive and coprime with `n`. */
  readonly d: bigint;

  private constructor(n: bigint, d: bigint) {
    this.n = n;
    this.d = d;
  }

  static readonly ZERO = new Rational(0n, 1n);
  static readonly ONE = new Rational(1n, 1n);

  /** The fraction n/d, reduced. Throws on a zero denominator. */
  static of(n: bigint, d: bigint = 1n): Rational {
    if (d === 0n) throw new RangeError('zero denominator');
    if (d === 1n) return n === 0n ? Rational.ZERO : new Rational(n, 1n);
    if (d < 0n) {
      n = -n;
      d = -d;
    }
    const g = gcd(n < 0n ? -n : n, d);
    return g === 1n ? new Rational(n, d) : new Rational(n / g, d / g);
  }

  static int(n: bigint | number): Rational {
    return Rational.of(BigInt(n), 1n);
  }

  /**
   * Parses an integer, a decimal (`12.50`, `-3`, `1e3` is refused) or a fraction (`7/3`).
   * Returns undefined when the text is not a number.
   */
  static parse(text: string): Rational | undefined {
    const s = text.trim();
    const frac = /^(-?\d+)\/(\d+)$/.exec(s);
    if (frac) {
      const d = BigInt(frac[2]!);
      return d === 0n ? undefined : Rational.of(BigInt(frac[1]!), d);
    }
    const dec = /^(-?)(\d*)(?:\.(\d*))?$/.exec(s);
    if (!dec || (dec[2] === '' && (dec[3] ?? '') === '')) return undefined;
    const whole = dec[2] === '' ? '0' : dec[2]!;
    const fracDigits = dec[3] ?? '';
    const n = BigInt(whole + fracDigits) * (dec[1] === '-' ? -1n : 1n);
    return Rational.of(n, 10n ** BigInt(fracDigits.length));
  }

  add(o: Rational): Rational {
    if (o.n === 0n) return this;
    if (this.n === 0n) return o;
    if (this.d === o.d) return Rational.of(this.n + o.n, this.d);
    return Rational.of(this.n * o.d + o.n * this.d, this.d * o.d);
  }

  sub(o: Rational): Rational {
    if (o.n === 0n) return this;
    if (this.d === o.d) return Rational.of(this.n - o.n, this.d);
    return Rational.of(this.n * o.d - o.n * this.d, this.d * o.d);
  }

  mul(o: Rational): Rational {
    if (this.n === 0n || o.n === 0n) return Rational.ZERO;
    if (o.d === 1n && o.n === 1n) return this;
    return Rational.of(this.n * o.n, this.d * o.d);
  }

  /** Multiplies by an integer. */
  mulInt(k: bigint): Rational {
    if (k === 1n) return this;
    return Rational.of(this.n * k, this.d);
  }

  div(o: Rational): Rational {
    if (o.n === 0n) throw new RangeError('division by zero');
    return Rational.of(this.n * o.d, this.d * o.n);
  }

  /** Divides by a non-zero integer. */
  divInt(k: bigint): Rational {
    if (k === 1n) return this;
    return Rational.of(this.n, this.d * k);
  }

  neg(): Rational {
    return this.n === 0n ? this : new Rational(-this.n, this.d);
  }

  /** -1, 0 or 1 as this is smaller than, equal to or larger than `o`. */
  cmp(o: Rational): number {
    if (this.d === o.d) return this.n < o.n ? -1 : this.n > o.n ? 1 : 0;
    const a = this.n * o.d;
    const b = o.n * this.d;
    return a < b ? -1 : a > b ? 1 : 0;
  }

  lt(o: Rational): boolean {
    return this.cmp(o) < 0;
  }
  le(o: Rational): boolean {
    return this.cmp(o) <= 0;
  }
  gt(o: Rational): boolean {
    return this.cmp(o) > 0;
  }
  ge(o: Rational): boolean {
    return this.cmp(o) >= 0;
  }
  equals(o: Rational): boolean {
    return this.n === o.n && this.d === o.d;
  }

  sign(): number {
    return this.n < 0n ? -1 : this.n > 0n ? 1 : 0;
  }

  isInteger(): boolean {
    return this.d === 1n;
  }

  /** Smallest integer ≥ this. */
  ceil(): bigint {
    const q = this.n / this.d;
    return this.n > 0n && q * this.d !== this.n ? q + 1n : q;
  }

  /** Largest integer ≤ this. */
  floor(): bigint {
    const q = this.n / this.d;
    return this.n < 0n && q * this.d !== this.n ? q - 1n : q;
  }

  /** Approximate value, for display only. */
  toNumber(): number {
    if (this.d === 1n) return Number(this.n);
    const scale = 10n ** 12n;
    return Number((this.n * scale) / this.d) / 1e12;
  }

  /** `n` or `n/d`. */
  toString(): string {
    return this.d === 1n ? this.n.toString() : `${this.n}/${this.d}`;
  }

  /**
   * Exact decimal text when the denominator has only factors 2 and 5 (costs such as `12.5`),
   * otherwise the fraction `n/d`.
   */
  toDecimalString(): string {
    if (this.d === 1n) return this.n.toString();
    let d = this.d;
    let twos = 0;
    let fives = 0;
    while (d % 2n === 0n) {
      d /= 2n;
      twos++;
    }
    while (d % 5n === 0n) {
      d /= 5n;
      fives++;
    }
    if (d !== 1n) return this.toString();
    const digits = Math.max(twos, fives);
    const scaled = (this.n * 10n ** BigInt(digits)) / this.d;
    const neg = scaled < 0n;
    const abs = (neg ? -scaled : scaled).toString().padStart(digits + 1, '0');
    const text = `${abs.slice(0, abs.length - digits)}.${abs.slice(abs.length - digits)}`;
    return neg ? `-${text}` : text;
  }
}
