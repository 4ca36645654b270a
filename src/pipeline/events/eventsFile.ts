// events.json read and checked: its events in order, or an error that names the file, the event
// and the line and column of the problem, so a person can fix it by hand. Pure.
import { findNodeAtLocation, parseTree, type Node, type ParseError } from 'jsonc-parser';
import { eventsFileSchema, sortEvents, type WarEvent } from '../../dataset/events.ts';
import { describeJsonError, lineColumn } from '../metadata/metaFile.ts';

export type EventsFileResult = { ok: true; events: WarEvent[] } | { ok: false; error: string };

/** The deepest node of `path` that exists: where a missing or wrong field is to be pointed at. */
function nearestNode(root: Node, path: readonly (string | number)[]): Node {
  for (let depth = path.length; depth > 0; depth--) {
    const node = findNodeAtLocation(root, path.slice(0, depth));
    if (node) return node.parent?.type === 'property' ? node.parent : node;
  }
  return root;
}

/** `name` is how the error names the file (its path as given). */
export function parseEventsFile(file: string, name: string): EventsFileResult {
  // Some editors save a byte-order mark; JSON has no place for one.
  const text = file.startsWith('\uFEFF') ? file.slice(1) : file;
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (first || !root) {
    const where = first ? lineColumn(text, first.offset) : 'line 1, column 1';
    const what = first ? describeJsonError(first.error) : 'no JSON value';
    return { ok: false, error: `${name}: ${what} at ${where}` };
  }
  const parsed = eventsFileSchema.safeParse(JSON.parse(text));
  if (parsed.success) return { ok: true, events: sortEvents(parsed.data.events) };
  const issue = parsed.error.issues[0];
  const path = (issue?.path ?? []).filter(
    (p): p is string | number => typeof p === 'string' || typeof p === 'number',
  );
  const where = lineColumn(text, nearestNode(root, path).offset);
  const [list, index, ...field] = path;
  const entry =
    list === 'events' && typeof index === 'number'
      ? `event ${index}${field.length > 0 ? ` (${field.join('.')})` : ''} at ${where}`
      : `at ${where}`;
  return {
    ok: false,
    error: `${name}: ${entry}: ${issue?.message ?? 'not of the expected shape'}`,
  };
}
