import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS } from '../../shared/bridge';
import { command, COMMANDS } from '../../renderer/app/commands';
import type { CommandContext } from '../../renderer/app/commands';

describe('the native menu’s commands in the page', () => {
  it('has a command for every one the menu sends (one without would be dropped silently)', () => {
    for (const id of MENU_COMMANDS) expect(COMMANDS.some((c) => c.id === id), id).toBe(true);
  });

  it('opens the merge dialog for File › Merge Notebook Bundle…, with no bundle chosen yet', () => {
    const openMerge = vi.fn();
    command('merge').run({ openMerge } as unknown as CommandContext);
    expect(openMerge).toHaveBeenCalledOnce();
    expect(openMerge.mock.calls[0]).toEqual([]);
  });
});
