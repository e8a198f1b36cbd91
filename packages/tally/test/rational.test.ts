import { describe, expect, test } from 'vitest';
import { Rational } from '../src/rational.js';

describe('Rational', () => {
  test('keeps fractions reduced with a positive denominator', () => {
    const r = Rational.of(6n, -4n);
    expect([r.n, r.d]).toEqual([-3n, 2n]);
    expect(Rational.of(0n, 5n).equals(Rational.ZERO)).toBe(true);
  });

  test('adds thirds exactly', () => {
    const third = Rational.of(1n, 3n);
    expect(third.add(third).add(third).equals(Rational.ONE)).toBe(true);
    expect(Rational.of(1n, 10n).add(Rational.of(2n, 10n)).equals(Rational.of(3n, 10n))).toBe(true);
  });

  test('parses integers, decimals and fractions and refuses the rest', () => {
    expect(Rational.parse('12.50')!.equals(Rational.of(25n, 2n))).toBe(true);
    expect(Rational.parse('-3')!.equals(Rational.int(-3))).toBe(true);
    expect(Rational.parse('7/3')!.equals(Rational.of(7n, 3n))).toBe(true);
    expect(Rational.parse('.5')!.equals(Rational.of(1n, 2n))).toBe(true);
    for (const bad of ['', 'abc', '1e3', '1/0', '1.2.3']) expect(Rational.parse(bad)).toBeUndefined();
  });

  test('compares, floors and ceils', () => {
    const a = Rational.of(7n, 2n);
    expect(a.cmp(Rational.int(3))).toBe(1);
    expect(a.floor()).toBe(3n);
    expect(a.ceil()).toBe(4n);
    expect(Rational.of(-7n, 2n).floor()).toBe(-4n);
    expect(Rational.of(-7n, 2n).ceil()).toBe(-3n);
    expect(Rational.int(4).ceil()).toBe(4n);
  });

  test('writes exact decimals when it can and fractions otherwise', () => {
    expect(Rational.of(25n, 2n).toDecimalString()).toBe('12.5');
    expect(Rational.of(-1n, 8n).toDecimalString()).toBe('-0.125');
    expect(Rational.of(1n, 3n).toDecimalString()).toBe('1/3');
    expect(Rational.int(42).toDecimalString()).toBe('42');
  });

  test('refuses division by zero', () => {
    expect(() => Rational.ONE.div(Rational.ZERO)).toThrow(RangeError);
  });
});
