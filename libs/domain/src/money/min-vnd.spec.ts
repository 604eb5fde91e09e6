import { DomainError } from '../errors/domain-error';
import { minVnd } from './min-vnd';
import { toVnd, Vnd } from './vnd';

const vnd = (value: number): Vnd => toVnd(value, 'test');

describe('minVnd', () => {
  it('returns the smallest amount', () => {
    expect(minVnd(vnd(5))).toBe(5);
    expect(minVnd(vnd(50_000_000), vnd(100_000_000))).toBe(50_000_000);
    expect(minVnd(vnd(100_000_000), vnd(50_000_000), vnd(70_000_000))).toBe(50_000_000);
    expect(minVnd(vnd(0), vnd(1))).toBe(0);
  });

  it('names the position of an invalid amount', () => {
    expect(() => minVnd(vnd(1), -2 as Vnd)).toThrow(DomainError);
    expect(() => minVnd(vnd(1), -2 as Vnd)).toThrow(expect.objectContaining({ field: 'amounts[1]' }));
  });
});
