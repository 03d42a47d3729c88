/**
 * SQL written once with SQLite's `?` placeholders, in PostgreSQL's `$1, $2, …`. Question marks
 * inside string literals, quoted identifiers and comments are left alone.
 */
export function numberedPlaceholders(sql: string): string {
  let result = '';
  let number = 0;
  let index = 0;
  while (index < sql.length) {
    const character = sql[index]!;
    if (character === "'" || character === '"') {
      const end = closingQuote(sql, index, character);
      result += sql.slice(index, end);
      index = end;
    } else if (character === '-' && sql[index + 1] === '-') {
      const end = sql.indexOf('\n', index);
      const stop = end === -1 ? sql.length : end;
      result += sql.slice(index, stop);
      index = stop;
    } else if (character === '?') {
      result += `$${++number}`;
      index++;
    } else {
      result += character;
      index++;
    }
  }
  return result;
}

/** The index just past the quote that closes the one at `start` (a doubled quote is an escaped one). */
function closingQuote(sql: string, start: number, quote: string): number {
  let index = start + 1;
  while (index < sql.length) {
    if (sql[index] === quote) {
      if (sql[index + 1] === quote) index += 2;
      else return index + 1;
    } else {
      index++;
    }
  }
  return sql.length;
}
