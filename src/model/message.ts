/**
 * A problem found in a document, attached to it instead of thrown (as in vfile): a stable `code`,
 * a sentence for people saying what was expected, what was found and what to do, and where.
 * @example { code: 'W_DATE_AMBIGUOUS', message: '"Dec. 5" could be …', start: 1200, end: 1206 }
 */
export interface Message {
  code: string;
  message: string;
  start?: number;
  end?: number;
}

/** Severity is read off the code: `E_` is an error (the document was not extracted), `W_` a warning. */
export function isError(message: Message): boolean {
  return message.code.startsWith('E_');
}
