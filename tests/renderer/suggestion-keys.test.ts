import { describe, expect, it } from 'vitest';
import { actionForKey } from '../../renderer/features/suggestions/suggestion-keys';

const press = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) =>
  actionForKey({ key, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('deciding on a suggestion with one key', () => {
  it.each([
    ['Enter', { type: 'accept' }],
    ['1', { type: 'accept', kind: 'claim' }],
    ['2', { type: 'accept', kind: 'figure' }],
    ['3', { type: 'accept', kind: 'quote' }],
    ['Delete', { type: 'dismiss' }],
    ['x', { type: 'dismiss' }],
    ['ArrowDown', { type: 'move', step: 1 }],
    ['k', { type: 'move', step: -1 }],
    ['Escape', { type: 'close' }],
  ])('%s', (key, action) => expect(press(key)).toEqual(action));

  it('leaves other keys and the app’s shortcuts alone', () => {
    expect(press('a')).toBeNull();
    expect(press('1', { ctrlKey: true })).toBeNull();
    expect(press('Enter', { altKey: true })).toBeNull();
  });
});
