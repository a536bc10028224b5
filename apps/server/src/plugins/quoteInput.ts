/** How much of an input value an error message quotes: enough to recognise it, never enough to make a huge answer. */
export const QUOTED_CHARACTERS = 60;

/**
 * An input value as an error message quotes it: in JSON quotes (so control characters and
 * quotes inside it stay readable), cut to its first 60 characters with its full length after,
 * e.g. `"zzzz…" (1,000,000 characters)`. Every message that repeats what a client sent uses this.
 */
export function quoteInput(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  if (text.length <= QUOTED_CHARACTERS) return JSON.stringify(text);
  let cut = text.slice(0, QUOTED_CHARACTERS);
  // Never end on half of a surrogate pair (an emoji, a rare CJK character).
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${JSON.stringify(cut).slice(0, -1)}…" (${text.length.toLocaleString('en')} characters)`;
}

/**
 * A message from a validator of another package (playbook, logic) that quotes input as
 * `"value"`: each quoted part longer than the limit is cut as `quoteInput` cuts it. Quotes are
 * paired left to right, which is how those messages write them.
 */
export function shortenQuoted(message: string): string {
  const parts = message.split('"');
  if (parts.length < 3) return message;
  let result = parts[0]!;
  for (let i = 1; i < parts.length; i++) {
    const part = parts[i]!;
    const quoted = i % 2 === 1 && i < parts.length - 1;
    if (quoted && part.length > QUOTED_CHARACTERS) {
      // The closing quote is part of quoteInput's answer; skip the one that closed the original.
      result += quoteInput(part);
      result += parts[++i]!;
      continue;
    }
    result += `"${part}`;
  }
  return result;
}
