import type { MouseEvent, ReactNode } from 'react';
import { TransferProgress } from './TransferProgress.tsx';
import { useTransfer, type Transfer } from './useTransfer.ts';

interface DownloadLinkProps {
  href: string;
  /** What is downloaded, for "Preparing the {file}…": "PDF", "CSV". */
  file: string;
  /** The name to save under if the server gives none. */
  fallbackName: string;
  className?: string;
  'aria-label'?: string;
  children?: ReactNode;
  /** Several links sharing one progress view (a list of formats): pass that view's transfer. */
  transfer?: Transfer;
}

/**
 * A link to a file that downloads it with progress, cancel and clear errors instead of leaving the reader
 * waiting on a plain link. A modified click (new tab, save as) is left to the browser. Without `transfer`
 * it shows its own progress after itself.
 */
export function DownloadLink({ href, file, fallbackName, className, children, transfer, 'aria-label': ariaLabel }: DownloadLinkProps) {
  const own = useTransfer();
  const used = transfer ?? own;

  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void used.download(href, file, fallbackName);
  }

  return (
    <>
      <a href={href} className={className} aria-label={ariaLabel} onClick={handleClick}>
        {children}
      </a>
      {transfer === undefined && <TransferProgress transfer={own} />}
    </>
  );
}
