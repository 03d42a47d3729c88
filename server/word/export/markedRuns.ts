import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, ExternalHyperlink, InsertedTextRun, TextRun, type ParagraphChild } from 'docx';
import type { RunsOf } from '../../publishing/blockParagraphs.ts';
import { runStyleOf, type RunStyle } from '../../publishing/runStyleOf.ts';
import { xmlLegalText } from '../../publishing/xmlLegalText.ts';
import type { RevisionKind, WordMarks, WordRevision } from './WordMarks.ts';
import { wordDate } from './wordDate.ts';

/**
 * The run maker for blockParagraphs that writes `marks` into the runs of `document`: spans as
 * w:del/w:ins around the statement's own words, additions as w:del/w:ins at their point, comment
 * ranges with their references. Word revision ids are numbered once per document.
 */
export function markedRuns(document: ProseMirrorNode, marks: WordMarks): RunsOf {
  const positions = new Map<ProseMirrorNode, number>();
  document.descendants((node, position) => {
    if (node.isTextblock) positions.set(node, position);
    return !node.isTextblock;
  });
  let revisionId = 0;
  const onAddition = new Set(marks.additions.flatMap((addition) => addition.commentIds ?? []));

  const run = (text: string, style: RunStyle['run'] | null, kind: RevisionKind | null, revision: WordRevision | null, lineBreak = false) => {
    const options = { text: xmlLegalText(text), ...(style ?? {}), ...(lineBreak ? { break: 1 } : {}) };
    if (kind === null || revision === null) return new TextRun(options);
    const tracked = { ...options, id: ++revisionId, author: revision.author, date: wordDate(revision.date) };
    return kind === 'deleted' ? new DeletedTextRun(tracked) : new InsertedTextRun(tracked);
  };

  return (textBlock) => {
    const start = (positions.get(textBlock) ?? 0) + 1;
    const end = start + textBlock.content.size;
    const out: ParagraphChild[] = [];
    const inBlock = (at: number) => at >= start && at <= end;
    const boundaries = new Set<number>([start, end]);
    for (const span of marks.spans) for (const at of [span.from, span.to]) if (inBlock(at)) boundaries.add(at);
    for (const comment of marks.comments) for (const at of [comment.from, comment.to]) if (inBlock(at)) boundaries.add(at);
    for (const addition of marks.additions) if (inBlock(addition.at)) boundaries.add(addition.at);

    const openComment = (id: number) => out.push(new CommentRangeStart(id));
    const closeComment = (id: number) => out.push(new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] }));
    // What happens at a point: ranges closing, words added there (inside the ranges on their whole
    // revision), ranges opening.
    const marksAt = (at: number) => {
      for (const comment of marks.comments) if (comment.to === at && !onAddition.has(comment.id)) closeComment(comment.id);
      for (const addition of marks.additions) {
        if (addition.at !== at) continue;
        const own = marks.comments.filter((comment) => addition.commentIds?.includes(comment.id));
        for (const comment of own) if (comment.from === at) openComment(comment.id);
        addition.text
          .split(/\n+/)
          .filter((line) => line !== '')
          .forEach((line, index) => {
            out.push(run(line, null, addition.kind, addition.revision, index > 0));
          });
        for (const comment of own) closeComment(comment.id);
      }
      for (const comment of marks.comments) if (comment.from === at && !(onAddition.has(comment.id) && comment.to === at)) openComment(comment.id);
    };

    textBlock.forEach((child, offset) => {
      const from = start + offset;
      const to = from + child.nodeSize;
      // Every child starts a piece, whether or not a mark starts there.
      const points = [...new Set([from, ...boundaries])].filter((at) => at >= from && at < to).sort((a, b) => a - b);
      if (!child.isText) {
        for (const at of points) marksAt(at);
        if (child.type.name === 'hardBreak') out.push(new TextRun({ text: '', break: 1 }));
        return;
      }
      const style = runStyleOf(child);
      const text = child.text ?? '';
      points.forEach((at, index) => {
        marksAt(at);
        const next = points[index + 1] ?? to;
        const span = marks.spans.find((candidate) => candidate.from <= at && next <= candidate.to);
        const piece = run(text.slice(at - from, next - from), style.run, span?.kind ?? null, span?.revision ?? null);
        out.push(style.link !== null ? new ExternalHyperlink({ link: style.link, children: [piece] }) : piece);
      });
    });
    marksAt(end);
    return out;
  };
}
