import { useEffect, useRef } from 'react';
import type { SourcebookBridge } from '../../shared/bridge';
import { COMMANDS } from './commands';
import type { CommandContext } from './commands';

/** Runs commands from keyboard shortcuts and, in the desktop app, from the native menu. */
export function useCommands(ctx: CommandContext, bridge: SourcebookBridge | null): void {
  // The listeners are installed once; they read the latest context through the ref.
  const latest = useRef(ctx);
  latest.current = ctx;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const match = COMMANDS.find((c) => c.keyTest?.(event));
      if (!match) return;
      event.preventDefault();
      match.run(latest.current);
    };
    window.addEventListener('keydown', onKeyDown);
    const stopMenu = bridge?.onMenuCommand((id) => COMMANDS.find((c) => c.id === id)?.run(latest.current));
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      stopMenu?.();
    };
  }, [bridge]);
}
