import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { transformPastedOfficeHtml } from './officeClipboardHtml.ts';

/** Pasting from Word or Google Docs keeps headings, lists (nested), bold, italic and links, and drops their styling. */
export const OfficePaste = Extension.create({
  name: 'officePaste',
  addProseMirrorPlugins() {
    return [new Plugin({ key: new PluginKey('officePaste'), props: { transformPastedHTML: transformPastedOfficeHtml } })];
  },
});
