import { useEffect, useRef } from 'react';

/** Keys that move forward: what a keyboard user tries, and what presentation clickers send. */
const FORWARD = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']);
const BACK = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

export interface PresentationNav {
  /** Moves by `delta` steps, clamped to the presentation. */
  move: (delta: number) => void;
  /** Jumps to a step; -1 is the last. */
  jump: (index: number) => void;
  exit: () => void;
}

/**
 * The presentation's keyboard map, on the window so it works wherever focus is. Enter and Space
 * on a focused button are left to the button (a keyboard user pressing "Previous" must not also
 * go forward); keys with Ctrl, Alt or Meta are left to the browser.
 */
export function usePresentationKeys(nav: PresentationNav) {
  const latest = useRef(nav);
  useEffect(() => {
    latest.current = nav;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.altKey || e.metaKey) return;
      const onButton = (e.target as HTMLElement | null)?.closest?.('button, a[href]');
      const n = latest.current;
      if (FORWARD.has(e.key) && !(onButton && (e.key === 'Enter' || e.key === ' '))) n.move(1);
      else if (BACK.has(e.key)) n.move(-1);
      else if (e.key === 'Home') n.jump(0);
      else if (e.key === 'End') n.jump(-1);
      else if (e.key === 'Escape') n.exit();
      else return;
      // Space would scroll, Backspace once meant "back a page": the presentation owns these keys.
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/**
 * Asks for full screen while the presentation is mounted and leaves it on unmount. When the user
 * leaves full screen through the browser (its own Esc, or the "exit full screen" bar), the
 * presentation ends too: a presentation stranded in a window would be a surprise. A refusal
 * (no user gesture, an embedding frame, a headless browser) is tolerated: the presentation
 * still fills the window.
 */
export function useFullscreen(onLeave: () => void) {
  const leave = useRef(onLeave);
  useEffect(() => {
    leave.current = onLeave;
  });
  useEffect(() => {
    let entered = !!document.fullscreenElement;
    const onChange = () => {
      if (document.fullscreenElement) entered = true;
      else if (entered) leave.current();
    };
    document.addEventListener('fullscreenchange', onChange);
    const root = document.documentElement;
    if (!document.fullscreenElement && typeof root.requestFullscreen === 'function')
      root.requestFullscreen({ navigationUI: 'hide' }).catch(() => {
        // Refused: present in the window instead.
      });
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
    };
  }, []);
}
