import { type RefObject, useEffect, useRef } from 'react';

/**
 * Keeps the keyboard inside a widget whose controls come and go. When the control with focus is removed or
 * disabled (a Cancel button once there is nothing left to cancel, a chooser while it works), the browser drops
 * focus to `<body>` and a keyboard or screen-reader user starts again from the top of the page. After each render,
 * if that happened to focus that was inside `root`, focus goes to `pick()`: the control that now matters.
 *
 * Focus the reader moved away themselves (a Tab or a click elsewhere, or another window) is left alone.
 */
export function useFocusFallback(root: RefObject<HTMLElement | null>, pick: () => HTMLElement | null): void {
  const inside = useRef(false);
  const choose = useRef(pick);
  choose.current = pick;
  const fallBack = useRef(() => {
    if (!inside.current) return;
    if (document.activeElement !== null && document.activeElement !== document.body) return;
    choose.current()?.focus();
  });

  useEffect(() => {
    const element = root.current;
    if (element === null) return;
    const handleFocusIn = () => {
      inside.current = true;
    };
    const handleFocusOut = (event: FocusEvent) => {
      const next = event.relatedTarget;
      if (next instanceof Node) {
        inside.current = element.contains(next);
        return;
      }
      // Focus went nowhere: the reader left (it stays on a control still there and usable), or it was taken away.
      const left = event.target;
      queueMicrotask(() => {
        if (left instanceof HTMLElement && left.isConnected && !left.matches(':disabled')) inside.current = false;
        // The browser may drop a disabled control's focus after the render that disabled it.
        else fallBack.current();
      });
    };
    element.addEventListener('focusin', handleFocusIn);
    element.addEventListener('focusout', handleFocusOut);
    return () => {
      element.removeEventListener('focusin', handleFocusIn);
      element.removeEventListener('focusout', handleFocusOut);
    };
  }, [root]);

  // After every render: a render is what removes or disables the control.
  useEffect(() => fallBack.current());
}
