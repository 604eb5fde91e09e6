import { languageOf } from './language';

describe('languageOf', () => {
  it.each([
    [undefined, 'vi'],
    ['', 'vi'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['vi-VN,en;q=0.8', 'vi'],
    ['fr, en;q=0.5', 'en'],
    ['en;q=0.3, vi;q=0.9', 'vi'],
    ['de', 'vi'],
  ])('%p → %s', (header, expected) => {
    expect(languageOf(header)).toBe(expected);
  });
});
