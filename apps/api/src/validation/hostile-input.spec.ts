import { findHostileValue, MAX_JSON_DEPTH } from './hostile-input';

const nested = (levels: number): unknown => Array.from({ length: levels }).reduce<unknown>((inner) => ({ a: inner }), 'x');

describe('findHostileValue', () => {
  it.each([
    ['plain text', { title: 'Áp dụng ISO 9001 😀' }],
    ['the largest safe integers', { amount: Number.MAX_SAFE_INTEGER, min: -Number.MAX_SAFE_INTEGER }],
    ['fractions', { staff: 12.5 }],
    ['nulls, booleans, arrays', { a: null, b: true, c: [1, 'x', { d: [] }] }],
    [`nesting ${MAX_JSON_DEPTH} deep`, nested(MAX_JSON_DEPTH - 1)],
    ['a buffer', { file: Buffer.from([0, 1, 2]) }],
  ])('accepts %s', (_what, value) => {
    expect(findHostileValue(value)).toBeUndefined();
  });

  it.each([
    ['a NUL in text', { title: 'a\u0000b' }, 'title', 'refused-character'],
    ['a NUL in a key', { ['k\u0000']: 1 }, 'k\u0000', 'refused-character'],
    ['a lone high surrogate', { note: 'x\ud800y' }, 'note', 'refused-character'],
    ['a lone low surrogate', { items: ['ok', '\udc00'] }, 'items.1', 'refused-character'],
    ['1e308', { requestedAmountVnd: 1e308 }, 'requestedAmountVnd', 'unsafe-number'],
    ['2^53 + 1 as parsed', { amount: JSON.parse('9007199254740993') as number }, 'amount', 'unsafe-number'],
    ['a huge negative', { data: { amount: -1e20 } }, 'data.amount', 'unsafe-number'],
    ['nesting too deep', { data: nested(MAX_JSON_DEPTH + 5) }, expect.stringMatching(/^data(\.a)+$/), 'too-deep'],
  ])('refuses %s, naming the field', (_what, value, field, reason) => {
    expect(findHostileValue(value)).toEqual({ field, reason });
  });
});
