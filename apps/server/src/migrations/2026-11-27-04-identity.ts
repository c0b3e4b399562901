import type { Kysely } from 'kysely';

/** (being written in this change) */
export async function up(_db: Kysely<unknown>): Promise<void> {}

/** (being written in this change) */
export async function down(_db: Kysely<unknown>): Promise<void> {}
