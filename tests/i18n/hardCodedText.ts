import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** A user-visible string written in the code instead of a catalogue. */
export interface HardCodedText {
  file: string;
  line: number;
  text: string;
}

// Attributes people read or hear; the rest (className, type, href, data-*) are for machines.
// Our own components' props that end up on screen count too (ConfirmButton's question, a panel's heading).
const VISIBLE_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
  'question',
  'confirmLabel',
  'failure',
  'heading',
  'intro',
  'subtitle',
  'accessibleLabel',
  'hint',
  'description',
  'emptyText',
]);
// Calls whose string arguments are for developers or machines, not people.
const MACHINE_CALLS =
  /^(console\.\w+|Error|TypeError|RangeError|require|import|fetch|apiRequest|apiRequestAll|useApiResource\.url|new URL|URLSearchParams|querySelector|querySelectorAll|getElementById|matchMedia|addEventListener|removeEventListener|postMessage|localStorage\.\w+|sessionStorage\.\w+|indexedDB\.\w+|t|i18next\.t|i18n\.t)$/;
// Words in a sentence: two words of letters with a space between, or a word ending with punctuation people read.
const LOOKS_LIKE_WORDS = /\p{L}{2,}[\s\u00a0]+\p{L}|^\p{Lu}\p{Ll}+[.…:?!]?$|\p{L}[.…?!]$/u;
const IGNORE_MARK = 'i18n-ignore';
// On the server: log lines, API errors for developers, and SQL are for machines or operators, not readers.
const SERVER_MACHINE_CALLS =
  /(^|\.)vary$|^(logger\.\w+|this\.logger\.\w+|context\.logger\.\w+|HttpError|MailRefusal|prepare|database\.prepare|query|this\.db\.query|db\.query)$/;

/** Text without HTML tags, entities and CSS: what a reader of a server-written page or mail sees. */
function visibleWords(text: string): string {
  return text
    .replace(/<[^>]*>?/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/[\w-]+:[^;"]+;/g, ' ');
}

/** How a file is scanned: the client's JSX, or the server's mail and public pages (HTML in template strings). */
export interface ScanFlavour {
  server?: boolean;
}

function calleeName(call: ts.CallExpression | ts.NewExpression): string {
  const callee = call.expression;
  const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? `${callee.expression.getText()}.${callee.name.text}` : '';
  return ts.isNewExpression(call) && name === 'URL' ? 'new URL' : name;
}

/** True when the string sits where a machine reads it: a type, an import, a key, a machine call, a className. */
function isForMachines(node: ts.Node, flavour: ScanFlavour = {}): boolean {
  for (let current: ts.Node = node; current.parent !== undefined; current = current.parent) {
    const parent = current.parent;
    if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isLiteralTypeNode(parent) || ts.isTypeNode(parent)) return true;
    if ((ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && parent.name === current) return true;
    if (ts.isElementAccessExpression(parent) && parent.argumentExpression === current) return true;
    if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.expression !== current) {
      const callee = calleeName(parent);
      if (MACHINE_CALLS.test(callee) || (flavour.server === true && SERVER_MACHINE_CALLS.test(callee))) return true;
    }
    if (ts.isJsxAttribute(parent)) return !VISIBLE_ATTRIBUTES.has(parent.name.getText());
    if (
      ts.isBinaryExpression(parent) &&
      [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(parent.operatorToken.kind)
    )
      return true;
    if (ts.isCaseClause(parent) && parent.expression === current) return true;
    if (ts.isStatement(parent) || ts.isSourceFile(parent)) return false;
  }
  return false;
}

function ignored(sourceFile: ts.SourceFile, node: ts.Node): boolean {
  const line = sourceFile.getLineAndCharacterOfPosition(node.getStart()).line;
  const lines = sourceFile.text.split('\n');
  return [lines[line], lines[line - 1]].some((text) => text?.includes(IGNORE_MARK));
}

/** Every user-visible string of one client source file that is not in a catalogue. */
export function findHardCodedText(file: string, source = fs.readFileSync(file, 'utf8'), flavour: ScanFlavour = {}): HardCodedText[] {
  const words = (text: string) => (flavour.server === true ? visibleWords(text) : text);
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: HardCodedText[] = [];
  const report = (node: ts.Node, text: string) => {
    if (ignored(sourceFile, node)) return;
    found.push({ file, line: sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim() });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      if (/\p{L}/u.test(node.text)) report(node, node.text);
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (LOOKS_LIKE_WORDS.test(words(node.text)) && !isForMachines(node, flavour)) report(node, node.text);
    } else if (ts.isTemplateExpression(node)) {
      // Joined before the markup is stripped: a tag split by a substitution (`<a href="${href}" rel="nofollow">`) is markup, not words.
      const joined = words([node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' '));
      if (LOOKS_LIKE_WORDS.test(joined) && !isForMachines(node, flavour)) report(node, node.getText());
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/** The client's source files (tests excluded). */
export function clientSources(root: string): string[] {
  return (fs.readdirSync(path.join(root, 'client'), { recursive: true }) as string[])
    .filter((name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name))
    .map((name) => path.join(root, 'client', name))
    .sort();
}

/** The server files that write words people read: mail and public pages. */
export function serverWordingSources(root: string): string[] {
  const mail = (fs.readdirSync(path.join(root, 'server/mail'), { recursive: true }) as string[])
    .filter((name) => /\.ts$/.test(name) && !/\.(test|d)\.ts$/.test(name))
    .map((name) => path.join(root, 'server/mail', name));
  // The Word import and export: refusals, the import report, the footnotes' heading, the version name.
  const word = (fs.readdirSync(path.join(root, 'server/word'), { recursive: true }) as string[])
    .filter((name) => /\.ts$/.test(name) && !/\.(test|d)\.ts$/.test(name))
    .map((name) => path.join(root, 'server/word', name));
  return [
    ...mail,
    ...word,
    ...[
      'server/notifications/noticeMails.ts',
      'server/notifications/noticeWording.ts',
      'server/notifications/noticeContext.ts',
      'server/notifications/noticesForComment.ts',
      'server/notifications/noticesForDeadlineMove.ts',
      'server/notifications/noticesForSignOn.ts',
      'server/notifications/noticesForThread.ts',
      'server/publishing/publicPages.ts',
      'server/publishing/routes.ts',
      'server/publishing/exportPdf.ts',
      'server/publishing/exportHtml.ts',
      'server/publishing/exportDocx.ts',
      'server/publishing/renderMarkdown.ts',
      'server/publishing/renderHtml.ts',
      'server/publishing/atomFeed.ts',
      'server/consultations/calendarFeed.ts',
      'server/consultations/calendarRoutes.ts',
    ].map((name) => path.join(root, name)),
  ];
}
