import type { ImportResult } from '@jiandu/contracts/orgs';
import type { UserActor } from '../../platform/authz/actor.ts';
import type { Database } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import type { TableRow } from '../../platform/files/xlsx.ts';
import { ofSubject, publishedVersion, workingVersion } from './catalogue.policy.ts';
import * as repo from './catalogue.repository.ts';
import { parseItemRow } from './items-import.ts';
import { createItem, storedContent, writeDraft } from './use-cases/draft-item.ts';
import { type CatalogueDeps, ITEM_HOLDER_KINDS, reaches } from './use-cases/item-access.ts';

/**
 * Saves imported rows one by one as drafts: a new code creates an item, a known one gets a new
 * draft version (unless it says what the published version says). A bad row is reported with
 * its reasons and the others are kept.
 */
export async function importItems(
  deps: CatalogueDeps,
  actor: UserActor,
  rows: TableRow[],
): Promise<ImportResult> {
  const result: ImportResult = { received: rows.length, created: 0, updated: 0, rejected: 0, errors: [] };
  const orgs = new Map<string, Database['org'] | undefined>();
  const seen = new Map<string, number>();
  for (const row of rows) {
    const fail = (messages: string[]) => {
      result.rejected += 1;
      result.errors.push({ row: row.row, messages });
    };
    const { parsed, messages } = parseItemRow(row);
    if (!parsed) {
      fail(messages);
      continue;
    }
    const key = `${parsed.creditCode}/${parsed.code}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      fail([`与第${earlier}行的执法主体和事项编码重复`]);
      continue;
    }
    seen.set(key, row.row);
    if (!orgs.has(parsed.creditCode))
      orgs.set(parsed.creditCode, await deps.orgs.findByCreditCode(parsed.creditCode));
    const org = orgs.get(parsed.creditCode);
    if (!org || !reaches(actor, 'item.write', org)) {
      fail([`未找到统一社会信用代码为 ${parsed.creditCode} 的执法主体, 或不在您的数据范围内`]);
      continue;
    }
    if (!ITEM_HOLDER_KINDS.includes(org.kind) || org.status !== 'active') {
      fail([`${org.name}不是在用的执法主体, 不能编制执法事项`]);
      continue;
    }
    try {
      const existing = await repo.findItemByCode(deps.db, org.id, parsed.code);
      if (!existing) {
        await createItem(deps, actor, {
          agencyId: org.id,
          code: parsed.code,
          content: parsed.content,
          reason: parsed.reason,
        });
        result.created += 1;
        continue;
      }
      const versions = await repo.versionsOf(deps.db, existing.id);
      const own = ofSubject(versions, 'item');
      if (workingVersion(own)?.status === 'submitted') {
        fail([`事项 ${parsed.code} 有待审核的版本, 审核完成前不能导入修改`]);
        continue;
      }
      const published = publishedVersion(own);
      const { json } = storedContent({ subject: 'item', content: parsed.content });
      if (published && !workingVersion(own) && published.content === json) continue; // nothing changed
      await deps.db.transaction().execute(async (trx) => {
        await writeDraft(
          trx,
          actor,
          existing.id,
          versions,
          { subject: 'item', content: parsed.content },
          parsed.reason,
        );
      });
      result.updated += 1;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      fail([error.detail]);
    }
  }
  return result;
}
