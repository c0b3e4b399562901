import { type Kysely, sql } from 'kysely';
import { checkIn } from '../platform/db/schema-helpers.ts';

const KINDS = [
  'penalty',
  'license',
  'coercion',
  'inspection',
  'levy',
  'payment',
  'adjudication',
  'confirmation',
  'reward',
  'other',
];

/**
 * Enforcement cases (案件), native or received through the exchange API. `enforcement_case` holds one
 * row per case with the projection lists and filters need; every version of the record is a row of
 * `case_version` (content as JSON with the person's data encrypted apart), so a case is stored whole
 * with its history. `case_deadline` holds the due dates derived from the newest version. Every row
 * carries the region code, so the tables can be distributed by region.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('enforcement_case')
    .addColumn('id', 'text', (c) => c.primaryKey())
    /** The source system's id, or `native:<org id>` for a case handled in Jiandu. */
    .addColumn('source_key', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.references('source_system.id'))
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull().references('org.id'))
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(checkIn('kind', KINDS)))
    .addColumn('procedure', 'text', (c) => c.check(checkIn('procedure', ['simple', 'general'])))
    .addColumn('item_code', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('major', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('party_type', 'text', (c) => c.check(checkIn('party_type', ['person', 'organization'])))
    /** An organisation's name, or a person's name masked (张*): the full name is in the encrypted party. */
    .addColumn('party_name', 'text')
    /** Blind index of a person's ID number, or an organisation's credit code: finds a party's cases. */
    .addColumn('party_key', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(checkIn('status', ['open', 'decided', 'closed'])))
    .addColumn('filed_on', 'text')
    .addColumn('decided_on', 'text')
    .addColumn('published_on', 'text')
    .addColumn('closed_on', 'text')
    /** Sum of the decision's fines in fen (分), so money is never a float in SQL. */
    .addColumn('fine_cents', 'bigint')
    /** The version whose deadlines are in case_deadline; behind `version` while derivation is pending. */
    .addColumn('derived_version', 'integer')
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('enforcement_case_source_external', ['source_key', 'external_id'])
    .execute();
  await db.schema
    .createIndex('enforcement_case_org')
    .on('enforcement_case')
    .columns(['org_id', 'received_at'])
    .execute();
  await db.schema
    .createIndex('enforcement_case_region')
    .on('enforcement_case')
    .columns(['region_code', 'filed_on'])
    .execute();
  // Cases whose deadlines are behind their newest version: the derivation job's queue.
  await db.schema
    .createIndex('enforcement_case_underived')
    .on('enforcement_case')
    .column('id')
    .where(sql.ref('derived_version'), 'is', null)
    .execute();

  await db.schema
    .createTable('case_version')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('enforcement_case.id'))
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    /** JSON: the record as validated, a person's identifying data taken out into party_secret. */
    .addColumn('content', 'text', (c) => c.notNull())
    /** Encrypted JSON of a person party (name, ID number, birth date); null for organisations. */
    .addColumn('party_secret', 'text')
    /** Keyed hash (HMAC-SM3) of the whole record, so a replay is recognised without decrypting. */
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('received_by', 'text', (c) => c.notNull())
    .addUniqueConstraint('case_version_number', ['case_id', 'version'])
    .execute();

  await db.schema
    .createTable('case_deadline')
    .addColumn('case_id', 'text', (c) => c.notNull().references('enforcement_case.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('due', 'text', (c) => c.notNull())
    /** The day the duty was met (decided, served, published …), or null while it is open. */
    .addColumn('met_on', 'text')
    /** 1 when the due date reaches a year whose holidays were not loaded: recomputed once they are. */
    .addColumn('provisional', 'integer', (c) => c.notNull().defaultTo(0))
    /** JSON: start, start event, amount, unit, basis and the engine's explanation. */
    .addColumn('derivation', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_deadline_pk', ['case_id', 'code'])
    .execute();
  await db.schema.createIndex('case_deadline_due').on('case_deadline').columns(['due', 'met_on']).execute();
  await db.schema
    .createIndex('case_deadline_provisional')
    .on('case_deadline')
    .column('due')
    .where(sql.ref('provisional'), '=', 1)
    .execute();

  // Evidence files of a case (执法全过程记录): the bytes are in the blob store under their SHA-256.
  await db.schema
    .createTable('case_evidence')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('enforcement_case.id'))
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(checkIn('kind', ['document', 'photo', 'audio', 'video'])),
    )
    .addColumn('captured_at', 'text', (c) => c.notNull())
    /** 执法记录仪 or camera that made it. */
    .addColumn('device', 'text')
    /** Certificate number of the officer who captured it. */
    .addColumn('officer', 'text')
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'bigint', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('case_evidence_file', ['case_id', 'sha256'])
    .execute();

  // 行政执法公示: a masked snapshot of a decision on the portal, from publication to withdrawal or expiry.
  await db.schema
    .createTable('publication')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('enforcement_case.id'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('org.id'))
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(checkIn('status', ['published', 'withdrawn'])))
    .addColumn('document_number', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    /** The party as published: an organisation's name, a person's surname + 某. */
    .addColumn('party_name', 'text', (c) => c.notNull())
    .addColumn('decided_on', 'text', (c) => c.notNull())
    .addColumn('published_on', 'text', (c) => c.notNull())
    /** Last day on the portal, from the publication period table; null = no end. */
    .addColumn('expires_on', 'text')
    .addColumn('period_label', 'text', (c) => c.notNull())
    /** JSON: the masked decision as the public reads it. */
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('withdrawn_on', 'text')
    .addColumn('withdraw_reason', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('publication_portal')
    .on('publication')
    .columns(['status', 'published_on'])
    .execute();
  await db.schema.createIndex('publication_case').on('publication').column('case_id').execute();

  // How long a decision stays on the portal: the first matching row (by rank) decides.
  await db.schema
    .createTable('publication_period')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('rank', 'integer', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    /** Matches when the decision holds this penalty type (null: any). */
    .addColumn('penalty_type', 'text')
    /** Matches when the fines total less than this many yuan (null: any). */
    .addColumn('fine_below', 'bigint')
    /** Matches when the decision holds nothing but warnings (通报批评, 警告). */
    .addColumn('warning_only', 'integer', (c) => c.notNull().defaultTo(0))
    /** Months on the portal; null means the decision is not published at all under this row. */
    .addColumn('months', 'integer')
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  const now = new Date().toISOString();
  const rows = [
    [10, '仅警告、通报批评', 'penalty', null, null, 1, 3, '市场监督管理行政处罚信息公示规定第十三条: 3个月'],
    [
      20,
      '吊销许可证件',
      'penalty',
      'revocation',
      null,
      0,
      36,
      '失信行为纠正后的信用信息修复管理办法: 最长3年',
    ],
    [
      30,
      '较低数额罚款 (1万元以下)',
      'penalty',
      null,
      10_000,
      0,
      3,
      '市场监督管理行政处罚信息公示规定第十三条: 3个月',
    ],
    [40, '其他行政处罚', 'penalty', null, null, 0, 36, '市场监督管理行政处罚信息公示规定第十三条: 3年'],
    [50, '行政许可决定', 'license', null, null, 0, 36, '国办发〔2018〕118号: 行政许可决定公示'],
  ] as const;
  for (const [rank, label, kind, penaltyType, fineBelow, warningOnly, months, basis] of rows)
    await sql`insert into publication_period (id, rank, label, kind, penalty_type, fine_below, warning_only, months, basis, updated_at)
      values (${`default-${rank}`}, ${rank}, ${label}, ${kind}, ${penaltyType}, ${fineBelow}, ${warningOnly}, ${months}, ${basis}, ${now})`.execute(
      db,
    );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('publication_period').execute();
  await db.schema.dropTable('publication').execute();
  await db.schema.dropTable('case_evidence').execute();
  await db.schema.dropTable('case_deadline').execute();
  await db.schema.dropTable('case_version').execute();
  await db.schema.dropTable('enforcement_case').execute();
}
