/** Below this both numbers fit a float exactly, and the plain Euclid runs on floats. */
const SMALL = 2n ** 53n;
/**
 * Leading bits Lehmer's steps look at. Every float in a step (the digits, the cofactors, a
 * quotient times a cofactor, the sums in the quotient tests) stays below 2⁵¹, so it is an exact
 * integer, and floor(p/q) of such floats is exact too.
 */
const DIGIT = 50;

/** Number of bits of a positive BigInt. */
function bitLength(a: bigint): number {
  const hex = a.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0]!, 16)));
}

/**
 * Greatest common divisor of two integers (non-negative result; gcd(0, 0) = 0).
 *
 * Lehmer's algorithm (Knuth, TAOCP vol. 2, 4.5.2, Algorithm L): the quotients of Euclid's
 * algorithm mostly depend only on the leading bits, so they are found on the leading 50 bits
 * as floats, and the BigInts are updated once per batch of quotients (four multiplications)
 * instead of once per quotient (a long division). The money fractions of the Method of Equal
 * Shares carry denominators of a thousand bits and more, where this is several times faster.
 */
export function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  if (a < b) {
    const t = a;
    a = b;
    b = t;
  }
  while (b !== 0n) {
    if (a < SMALL) {
      let x = Number(a);
      let y = Number(b);
      while (y !== 0) {
        const t = x % y;
        x = y;
        y = t;
      }
      return BigInt(x);
    }
    const shift = BigInt(bitLength(a) - DIGIT);
    let x = Number(a >> shift);
    let y = Number(b >> shift);
    let A = 1;
    let B = 0;
    let C = 0;
    let D = 1;
    // Step while the quotient is the same for both ends of the leading digits' uncertainty.
    while (y + C !== 0 && y + D !== 0) {
      const q = Math.floor((x + A) / (y + C));
      if (q !== Math.floor((x + B) / (y + D))) break;
      let t = A - q * C;
      A = C;
      C = t;
      t = B - q * D;
      B = D;
      D = t;
      t = x - q * y;
      x = y;
      y = t;
    }
    if (B === 0) {
      const t = a % b;
      a = b;
      b = t;
    } else {
      const na = BigInt(A) * a + BigInt(B) * b;
      const nb = BigInt(C) * a + BigInt(D) * b;
      a = na;
      b = nb;
    }
  }
  return a;
}
