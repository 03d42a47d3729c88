import type { Element, Node } from '@xmldom/xmldom';

/** WordprocessingML in its transitional namespace (Word, LibreOffice) and its strict one. */
const WORD_NAMESPACES = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);

const ELEMENT_NODE = 1;

/** Whether a node is a `w:<name>` element, whatever prefix the file gives the namespace. */
export function isWord(node: Node | null | undefined, name: string): boolean {
  return (
    node !== null &&
    node !== undefined &&
    node.nodeType === ELEMENT_NODE &&
    (node as Element).localName === name &&
    WORD_NAMESPACES.has((node as Element).namespaceURI ?? '')
  );
}

/** The element children of a node. */
export function childElements(node: Node): Element[] {
  const found: Element[] = [];
  for (let child = node.firstChild; child !== null; child = child.nextSibling) if (child.nodeType === ELEMENT_NODE) found.push(child as Element);
  return found;
}

/** The first `w:<name>` child. */
export function wordChild(node: Node, name: string): Element | undefined {
  return childElements(node).find((child) => isWord(child, name));
}

/** Every `w:<name>` element below a node, in document order. */
export function wordDescendants(node: Node, name: string, into: Element[] = []): Element[] {
  for (const child of childElements(node)) {
    if (isWord(child, name)) into.push(child);
    wordDescendants(child, name, into);
  }
  return into;
}

/** A `w:<name>` attribute (by local name, as files differ in prefixes), or null. */
export function wordAttribute(element: Element, name: string): string | null {
  for (let index = 0; index < element.attributes.length; index++) {
    const attribute = element.attributes.item(index);
    if (attribute !== null && attribute.localName === name && (attribute.namespaceURI === null || WORD_NAMESPACES.has(attribute.namespaceURI)))
      return attribute.value;
  }
  return null;
}

/** Any attribute by local name, whatever its namespace (r:id, w14:paraId, w15:paraIdParent). */
export function attributeNamed(element: Element, name: string): string | null {
  for (let index = 0; index < element.attributes.length; index++) {
    const attribute = element.attributes.item(index);
    if (attribute !== null && attribute.localName === name) return attribute.value;
  }
  return null;
}

/** A `w:<name>` child's `w:val`. */
export function wordValue(node: Node, name: string): string | null {
  const child = wordChild(node, name);
  return child === undefined ? null : wordAttribute(child, 'val');
}

/** An on/off property (`<w:b/>`, `<w:b w:val="false"/>`): absent is undefined. */
export function wordToggle(node: Node | undefined, name: string): boolean | undefined {
  if (node === undefined) return undefined;
  const child = wordChild(node, name);
  if (child === undefined) return undefined;
  const value = wordAttribute(child, 'val');
  return value === null || !['0', 'false', 'off', 'none'].includes(value.toLowerCase());
}

/** The plain text of some runs (their w:t and w:delText), for comments and footnotes. */
export function plainTextOf(node: Node): string {
  let text = '';
  for (const child of childElements(node)) {
    if (isWord(child, 't') || isWord(child, 'delText')) text += child.textContent ?? '';
    else if (isWord(child, 'tab')) text += ' ';
    else if (isWord(child, 'br') || isWord(child, 'cr')) text += ' ';
    else if (!isWord(child, 'instrText')) text += plainTextOf(child);
  }
  return text;
}
