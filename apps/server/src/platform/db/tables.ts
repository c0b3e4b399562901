import type { Kysely } from 'kysely';

/**
 * Every table of Jiandu. It starts empty: each `*.table.ts` file (platform and modules alike) adds
 * its tables through declaration merging, so all code shares one `Db` type and no layer has to
 * import the layers above it to name the whole schema.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging in each *.table.ts.
export interface Database {}

/** The query builder over the whole schema (also what a transaction is). */
export type Db = Kysely<Database>;
