import { GraphQLError } from 'graphql';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The value if it is a real date at year, month or day precision; otherwise an error saying what is wrong
 * ("yesterday", "2025-13-45" and "2025-02-30" are refused rather than matching nothing).
 */
// A GraphQLError, so the message reaches the client (anything else is masked as "Unexpected error.").
const bad = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

export function checkPartialDate(v: unknown): string {
  const m = typeof v === 'string' ? PARTIAL_DATE.exec(v) : null;
  if (!m) throw bad(`${JSON.stringify(v)} is not a date: write 2025, 2025-07 or 2025-07-11`);
  const [, , month, day] = m;
  if (month && (+month < 1 || +month > 12)) throw bad(`${JSON.stringify(v)} is not a date: month ${month} is not 01 to 12`);
  if (day) {
    const last = new Date(Date.UTC(+m[1]!, +month!, 0)).getUTCDate();
    if (+day < 1 || +day > last) throw bad(`${JSON.stringify(v)} is not a date: day ${day} is not 01 to ${last}`);
  }
  return v as string;
}
