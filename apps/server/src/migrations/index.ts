import type { Migration } from 'kysely';
import * as platform from './2026-11-27-01-platform.ts';
import * as auditChain from './2026-11-27-02-audit-chain.ts';
import * as regions from './2026-11-27-03-regions.ts';
import * as identity from './2026-11-27-04-identity.ts';
import * as officers from './2026-11-28-02-officers.ts';

/**
 * Every migration, by dated name. Names sort in the order they run; a migration is frozen once it
 * has landed: change the schema with a new one.
 */
export const migrations: Record<string, Migration> = {
  '2026-11-27-01-platform': platform,
  '2026-11-27-02-audit-chain': auditChain,
  '2026-11-27-03-regions': regions,
  '2026-11-27-04-identity': identity,
  '2026-11-28-02-officers': officers,
};
