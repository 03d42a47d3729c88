import type { Mark, Node as ProseMirrorNode } from '@tiptap/pm/model';
import { isSafeLinkHref } from '../../shared/editor/isSafeLinkHref.ts';

/** A text node's formatting as Word run options, and its link when it has a safe one. */
export interface RunStyle {
  run: { bold: boolean; italics: boolean; strike: boolean; underline: object | undefined; style: string | undefined };
  link: string | null;
}

/** The formatting of one text node of a statement, for a Word run (a link only when its address is safe). */
export function runStyleOf(node: ProseMirrorNode): RunStyle {
  const has = (name: string) => node.marks.some((mark: Mark) => mark.type.name === name);
  const linkMark = node.marks.find((mark: Mark) => mark.type.name === 'link');
  const link = linkMark && isSafeLinkHref(String(linkMark.attrs.href)) ? String(linkMark.attrs.href) : null;
  return {
    run: {
      bold: has('bold'),
      italics: has('italic'),
      strike: has('strike'),
      underline: has('underline') ? {} : undefined,
      style: link !== null ? 'Hyperlink' : undefined,
    },
    link,
  };
}
