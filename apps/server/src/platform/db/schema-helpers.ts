import { type Expression, sql } from 'kysely';

/** A CHECK expression limiting a text column to a fixed set of values (enums, on both dialects). */
export function checkIn(column: string, values: readonly string[]): Expression<unknown> {
  return sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}
