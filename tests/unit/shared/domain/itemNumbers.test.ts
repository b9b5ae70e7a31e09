import { describe, expect, it } from 'vitest';
import { shownItemNumbers } from '../../../../src-main/shared/domain/itemNumbers';
import type { MeetingItem } from '../../../../src-main/shared/domain/meeting';

const item = (id: string, extra: Partial<MeetingItem> = {}, subItems: Array<Partial<MeetingItem> & { id: string }> = []) =>
  ({ id, title: id, number: null, kind: null, subItems, ...extra }) as unknown as MeetingItem;

describe('shownItemNumbers', () => {
  it('counts in order, skips breaks, and letters sub-items', () => {
    const numbers = shownItemNumbers([item('a'), item('pause', { kind: 'break' }), item('b', {}, [{ id: 'b1' }, { id: 'b2', kind: 'break' }, { id: 'b3' }])]);
    expect([...numbers]).toEqual([
      ['a', '1'],
      ['pause', null],
      ['b', '2'],
      ['b1', '2.a'],
      ['b2', null],
      ['b3', '2.b'],
    ]);
  });

  it('shows a given number as given, and it takes its place in the count and in the lettering', () => {
    const numbers = shownItemNumbers([item('a', { number: '7' }), item('b'), item('c', {}, [{ id: 'c1', number: '3.x' }, { id: 'c2' }])]);
    expect(numbers.get('a')).toBe('7');
    expect(numbers.get('b')).toBe('2');
    expect(numbers.get('c1')).toBe('3.x');
    expect(numbers.get('c2')).toBe('3.b');
  });
});
