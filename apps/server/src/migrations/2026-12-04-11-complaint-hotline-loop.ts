import type { Kysely } from 'kysely';
import { checkIn } from '../platform/db/schema-helpers.ts';

/**
 * The 12345 closed loop: a work order's type (投诉 / 举报, which sets its answer period), the
 * handler's 回访 for complainants without portal access (when, how, reached or not, after how many
 * tries, by whom), and what was last reported back to the 12345 platform (status and time), so an
 * export can hold only the orders with news since.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const table = () => db.schema.alterTable('complaint');
  const oneOf = (column: string, values: string[]) =>
    table()
      .addColumn(column, 'text', (c) => c.check(checkIn(column, values)))
      .execute();
  await oneOf('hotline_order_type', ['complaint', 'report']);
  await table().addColumn('callback_at', 'text').execute();
  await oneOf('callback_method', ['phone', 'sms', 'visit']);
  await oneOf('callback_result', ['reached', 'unreachable']);
  await table().addColumn('callback_attempts', 'integer').execute();
  await table().addColumn('callback_by', 'text').execute();
  await table().addColumn('hotline_reported_status', 'text').execute();
  await table().addColumn('hotline_reported_at', 'text').execute();
}

/** The type, 回访 and reporting columns go; the ratings a 回访 recorded stay as ratings. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const column of [
    'hotline_reported_at',
    'hotline_reported_status',
    'callback_by',
    'callback_attempts',
    'callback_result',
    'callback_method',
    'callback_at',
    'hotline_order_type',
  ])
    await db.schema.alterTable('complaint').dropColumn(column).execute();
}
