import type { Point } from './blocks';

interface Positioned {
  position?: { start: Point; end: Point };
  children?: Positioned[];
}

const movePoint = (p: Point, lines: number, offset: number): Point => ({ line: p.line + lines, column: p.column, offset: p.offset + offset });

/**
 * A copy of the subtree with positions moved by (lines, offset), from a part's coordinates into the
 * note's; the original stays untouched (it may be memoised). The part starts at a line's start, so columns stay.
 */
export function shiftedCopy<T extends Positioned>(node: T, lines: number, offset: number): T {
  const copy = { ...node };
  if (node.position) copy.position = { start: movePoint(node.position.start, lines, offset), end: movePoint(node.position.end, lines, offset) };
  if (node.children) copy.children = node.children.map((c) => shiftedCopy(c, lines, offset));
  return copy;
}
