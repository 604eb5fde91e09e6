import fc from 'fast-check';
import { canonicalJson, toJsonValue } from './canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}');
  });

  it('sorts keys by UTF-16 code units, not by locale', () => {
    expect(canonicalJson({ é: 1, z: 2, Z: 3, a: 4 })).toBe('{"Z":3,"a":4,"z":2,"é":1}');
  });

  it('writes numbers and strings as ECMAScript does', () => {
    expect(canonicalJson([1.5, -0, 1e21, 300000000, 'Thanh Hóa "A"\n'])).toBe('[1.5,0,1e+21,300000000,"Thanh Hóa \\"A\\"\\n"]');
  });

  it('leaves out undefined members, as a jsonb column does', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
  });

  it('refuses what JSON cannot carry exactly', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow(TypeError);
    expect(() => canonicalJson(Infinity)).toThrow(TypeError);
    expect(() => canonicalJson(10n)).toThrow(TypeError);
    expect(() => canonicalJson(new Date(0))).toThrow(TypeError);
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
  });

  it('gives the same text for any key order and the same text after a JSON round trip', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(JSON.stringify(value)))).toBe(text);
        expect(canonicalJson(reverseKeys(value))).toBe(text);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});

describe('toJsonValue', () => {
  it('turns a value into what a jsonb column gives back', () => {
    expect(toJsonValue({ at: new Date('2025-11-22T03:04:05.000Z'), gone: undefined, list: [undefined, 1] })).toEqual({ at: '2025-11-22T03:04:05.000Z', list: [null, 1] });
    expect(toJsonValue(undefined)).toBeNull();
  });
});

function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)]));
  return value;
}
