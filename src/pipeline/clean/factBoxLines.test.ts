import { describe, expect, it } from 'vitest';
import { joinFactBoxLines } from './factBoxLines.ts';

describe('joinFactBoxLines', () => {
  it('joins a number with its label below it', () => {
    expect(
      joinFactBoxLines(['By the numbers', '44,056', 'Palestinians killed', '104,268', 'Wounded']),
    ).toEqual(['By the numbers', 'Palestinians killed: 44,056', 'Wounded: 104,268']);
  });

  it('joins a label with its number below it', () => {
    expect(
      joinFactBoxLines(['Killed in Gaza', 'more than 44,000', 'Hostages still held', '101']),
    ).toEqual(['Killed in Gaza: more than 44,000', 'Hostages still held: 101']);
  });

  it('leaves sentences, years and lines with numbers of their own alone', () => {
    const text = [
      'The war began on October 7.',
      '2023',
      'At least 30 people were killed in Rafah.',
      'Killed: 30',
    ];
    expect(joinFactBoxLines(text)).toEqual(text);
  });
});
