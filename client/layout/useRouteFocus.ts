import { useEffect, useRef } from 'react';
import { type NavigationType, useLocation, useNavigationType } from 'react-router';

// How long a page may take to draw its h1 (its code and data on the way) before the focus is left where it is.
const HEADING_WAIT_MS = 5_000;

interface Arrival {
  pathname: string;
  /** What had the focus when the address changed: the link followed, or something else. */
  link: Element | null;
  navigationType: NavigationType;
}

/**
 * What had the focus when the address changed. A page that sends the reader straight on (a redirect replaces its
 * address, e.g. to the Statement of Purpose not yet agreed to) passes on the link that led to it, as long as the
 * focus is still nowhere: the reader followed that link to land on a page, whichever it turns out to be.
 */
function followedLink(previous: Arrival, navigationType: NavigationType): Element | null {
  const focused = document.activeElement;
  const nowhere = focused === null || focused === document.body;
  return navigationType === 'REPLACE' && nowhere && previous.link instanceof HTMLAnchorElement ? previous.link : focused;
}

/**
 * After following a link to another page of the app, the keyboard starts on the new page's `h1` (WCAG 2.4.3,
 * as GOV.UK and Reach Router do), so a screen reader says where it landed and Tab goes on into the page instead
 * of back through the header. Only for links (not the first load, not back and forward, not a form that moves
 * on, not a change of the query alone); a page that draws its `h1` after loading is waited for. A page that
 * moves the focus itself (a new statement's text), or a reader who has already moved it, keeps it. A link to a
 * page that redirects lands on the h1 of the page it redirects to.
 */
export function useRouteFocus(): void {
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  // Read while rendering the new address, when the old page is still in the document: what was focused then is
  // the link that was followed. One object per address, so the effect runs once per page.
  const arrival = useRef<Arrival | null>(null);
  if (arrival.current === null) arrival.current = { pathname, link: null, navigationType };
  else if (arrival.current.pathname !== pathname) arrival.current = { pathname, link: followedLink(arrival.current, navigationType), navigationType };
  const current = arrival.current;

  useEffect(() => {
    const { link } = current;
    if (current.navigationType === 'POP' || !(link instanceof HTMLAnchorElement)) return;
    // The focus is still where the reader left it: nowhere (the link went with the old page), or on the link.
    const untouched = () => document.activeElement === null || document.activeElement === document.body || document.activeElement === link;
    const focusHeading = (): boolean => {
      if (!untouched()) return true;
      const heading = (document.querySelector('main') ?? document).querySelector<HTMLElement>('h1');
      if (heading === null) return false;
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      heading.focus();
      return true;
    };
    if (focusHeading()) return;
    const observer = new MutationObserver(() => {
      if (focusHeading()) stop();
    });
    const timer = setTimeout(() => stop(), HEADING_WAIT_MS);
    function stop() {
      observer.disconnect();
      clearTimeout(timer);
    }
    observer.observe(document.body, { childList: true, subtree: true });
    return stop;
  }, [current]);
}
