import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The frame of a wide table. When the table is wider than the screen the frame scrolls sideways, and
 * then it takes the keyboard focus (arrow keys scroll it) and has a name, so keyboard users reach
 * every column (WCAG 2.1.1); when it fits, it is no extra tab stop.
 */
export function TablePanel({ label, children }: { label?: string; children: ReactNode }) {
  const { t } = useTranslation('layout');
  const frame = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);

  useEffect(() => {
    const element = frame.current;
    if (element === null) return;
    const measure = () => setScrolls(element.scrollWidth > element.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);

  return (
    <div ref={frame} className="table-panel" {...(scrolls ? { tabIndex: 0, role: 'region', 'aria-label': label ?? t('tablePanel.scrolls') } : {})}>
      {children}
    </div>
  );
}
