import type { ColumnType, Insertable, Selectable } from 'kysely';

/** The outcome of the last re-verification of a stored file against its recorded hashes. */
export type BlobVerifyStatus = 'ok' | 'mismatch' | 'missing';

/** The verification outcomes, for CHECK constraints and validation. */
export const BLOB_VERIFY_STATUSES = [
  'ok',
  'mismatch',
  'missing',
] as const satisfies readonly BlobVerifyStatus[];

/** One stored file, once per distinct content: its hashes as computed at upload, and its last check. */
export interface BlobTable {
  /** Hex SHA-256 of the content; also the file's name in the store. */
  sha256: string;
  /** Hex SM3 (GB/T 32905) of the same content, computed in the same pass. */
  sm3: string;
  /** Bytes; a bigint column (files reach 2 GB), so pg returns it as a string: read through `toNumber`. */
  size: ColumnType<string | number, number, number>;
  created_at: string;
  /** Null until the file is first re-read and checked. */
  last_verified_at: string | null;
  verify_status: BlobVerifyStatus | null;
  /** What the check found when it was not `ok` (actual hashes, or that the file was gone). */
  verify_detail: string | null;
}

/** A register row as read back (size may be a string on PostgreSQL). */
export type BlobRow = Selectable<BlobTable>;

/** A register row as written. */
export type NewBlobRow = Insertable<BlobTable>;

declare module '../db/tables.ts' {
  interface Database {
    blob: BlobTable;
  }
}
