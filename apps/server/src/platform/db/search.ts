import { type Expression, type SqlBool, sql } from 'kysely';

/** A SQL LIKE pattern matching values that contain the text (wildcards in it taken literally). */
export function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** `column LIKE pattern` with the escape character both dialects understand. */
export function like(column: string, pattern: string): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} like ${pattern} escape '\\'`;
}

/** The region prefix of a code: a province or city code stands for every region below it. */
export function regionPrefix(code: string): string {
  return code.length === 6 ? code.replace(/(00)+$/, '') : code;
}
