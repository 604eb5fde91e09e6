import { applicationIdFor, fingerprintOf } from './idempotency';

describe('applicationIdFor', () => {
  it('derives the same UUID from the same key and different ones from different keys', () => {
    expect(applicationIdFor('key-1')).toBe(applicationIdFor('key-1'));
    expect(applicationIdFor('key-1')).not.toBe(applicationIdFor('key-2'));
    expect(applicationIdFor('key-1')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('draws a fresh UUID without a key', () => {
    expect(applicationIdFor(undefined)).not.toBe(applicationIdFor(undefined));
  });
});

describe('fingerprintOf', () => {
  it('ignores key order but not values', () => {
    expect(fingerprintOf({ a: 1, b: 2 })).toBe(fingerprintOf({ b: 2, a: 1 }));
    expect(fingerprintOf({ a: 1, b: 2 })).not.toBe(fingerprintOf({ a: 1, b: 3 }));
    expect(fingerprintOf({ a: { x: 1, y: 2 } })).toBe(fingerprintOf({ a: { y: 2, x: 1 } }));
    expect(fingerprintOf({ a: { x: 1 } })).not.toBe(fingerprintOf({ a: { x: 2 } }));
  });
});
