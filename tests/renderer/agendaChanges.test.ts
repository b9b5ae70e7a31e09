import { describe, expect, it } from 'vitest';
import { agendaChanges } from '../../src-renderer/features/meeting/agendaChanges';
import type { MeetingView } from '../../src-main/shared/domain/meeting';

const item = (id: string, title = id, subItems: { id: string; title: string }[] = []) => ({ id, title, subItems: subItems.map((s) => ({ ...s })) });
const meeting = (items: ReturnType<typeof item>[], sent: [string, string, string | null, number][] | null) =>
  ({ items, agendaSent: sent && { sentAt: 'x', items: sent.map(([id, title, parentId, index]) => ({ id, title, parentId, index })) } }) as unknown as MeetingView;

describe('agenda changes since it was sent', () => {
  const sent: [string, string, string | null, number][] = [
    ['a', 'a', null, 0],
    ['b', 'b', null, 1],
    ['c', 'c', null, 2],
    ['d', 'd', null, 3],
  ];
  it('nothing before the agenda is sent', () => {
    expect(agendaChanges(meeting([item('a')], null))).toEqual({ marks: new Map(), removed: [] });
  });
  it('an inserted item is "added" and does not make the rest "moved"', () => {
    const r = agendaChanges(meeting([item('a'), item('x'), item('b'), item('c'), item('d')], sent));
    expect([...r.marks]).toEqual([['x', 'added']]);
  });
  it('a moved item is "moved", a renamed one "renamed", a removed one listed', () => {
    const r = agendaChanges(meeting([item('a'), item('c', 'C!'), item('b'), item('d', 'd', [])], sent.filter(([id]) => id !== 'x')));
    expect(r.marks.get('c') === 'moved' || r.marks.get('b') === 'moved').toBe(true);
    expect(r.marks.size).toBe(1);
    const r2 = agendaChanges(meeting([item('a', 'A2'), item('b'), item('d')], sent));
    expect([...r2.marks]).toEqual([['a', 'renamed']]);
    expect(r2.removed).toEqual(['c']);
  });
  it('an item that became a sub-item is "moved"', () => {
    const r = agendaChanges(meeting([item('a', 'a', [{ id: 'b', title: 'b' }]), item('c'), item('d')], sent));
    expect([...r.marks]).toEqual([['b', 'moved']]);
  });
});
