import fs from 'node:fs';
import path from 'node:path';

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Puts the latest tables into the README's Performance section, between its two markers. */
export function updateReadme(machine: string, tables: readonly string[]): void {
  const readme = path.resolve(import.meta.dirname, '../README.md');
  const text = fs.readFileSync(readme, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start === -1 || end === -1) return;
  const body = [`Latest run: ${machine}.`, '', ...tables.flatMap((table) => [table.replace(/^### /, '#### '), ''])].join('\n');
  fs.writeFileSync(readme, `${text.slice(0, start + START.length)}\n${body}\n${text.slice(end)}`);
}
