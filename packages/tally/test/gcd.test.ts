import { describe, expect, test } from 'vitest';
import { gcd } from '../src/gcd.js';
import { seededRandom } from './seeded-random.js';

/** Plain Euclid, to check the fast one against. */
function euclid(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** A random BigInt of about `bits` bits. */
function big(random: () => number, bits: number): bigint {
  let x = 0n;
  for (let i = 0; i < bits; i += 30) x = (x << 30n) | BigInt(Math.floor(random() * 2 ** 30));
  return x >> BigInt(Math.floor(random() * 30));
}

describe('gcd', () => {
  test('small cases, signs and zeros', () => {
    expect(gcd(0n, 0n)).toBe(0n);
    expect(gcd(0n, 7n)).toBe(7n);
    expect(gcd(12n, -18n)).toBe(6n);
    expect(gcd(-(2n ** 80n), 2n ** 70n * 3n)).toBe(2n ** 70n);
  });

  test('equals plain Euclid on seeded random numbers up to 3 000 bits with large common factors', () => {
    const random = seededRandom(42);
    for (let i = 0; i < 400; i++) {
      const common = big(random, Math.floor(random() * 1500) + 1) + 1n;
      const a = common * big(random, Math.floor(random() * 1500) + 1);
      const b = common * big(random, Math.floor(random() * 1500) + 1);
      expect(gcd(a, b), `case ${i}`).toBe(euclid(a, b));
      expect(gcd(b, a), `case ${i}`).toBe(euclid(a, b));
    }
    // Consecutive Fibonacci numbers: every quotient is 1, the slowest case for Euclid.
    let [f, g] = [1n, 1n];
    for (let i = 0; i < 3000; i++) [f, g] = [g, f + g];
    expect(gcd(f, g)).toBe(1n);
    expect(gcd(f * 977n, g * 977n)).toBe(977n);
  });
});
