import { assertVnd, Vnd } from './vnd';

/** The smallest of the amounts, e.g. a share of the cost against a cap. */
export function minVnd(first: Vnd, ...rest: readonly Vnd[]): Vnd {
  assertVnd(first, 'amounts[0]');
  let smallest = first;
  rest.forEach((amount, index) => {
    assertVnd(amount, `amounts[${index + 1}]`);
    if (amount < smallest) smallest = amount;
  });
  return smallest;
}
