// A pure reader's answers remembered by the text it read. A re-lint after a keystroke reads the
// same lines again with one changed, so the lines left alone are answered from memory.

/** Enough for the distinct lines of several notes; cleared when full so memory stays bounded. */
const DEFAULT_LIMIT = 4096;
/** Longer texts are read each time: a long paste is not kept alive by the memory. */
const LONGEST_KEPT = 2000;

/** `read`, answering a text it has already read from memory. `read` must depend on its text alone. */
export function memoByText<T>(read: (text: string) => T, limit = DEFAULT_LIMIT): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    if (text.length > LONGEST_KEPT) return read(text);
    if (answers.has(text)) return answers.get(text) as T;
    const answer = read(text);
    if (answers.size >= limit) answers.clear();
    answers.set(text, answer);
    return answer;
  };
}
