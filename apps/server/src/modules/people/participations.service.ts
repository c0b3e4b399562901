import {
  PARTICIPATION_KINDS,
  type Participation,
  type ParticipationCreate,
  type ParticipationKind,
  type ParticipationYear,
} from '@jiandu/contracts/people';
import { recordAudit } from '../../platform/audit/audit.ts';
import { auditActor, type UserActor } from '../../platform/authz/actor.ts';
import { todayInShanghai } from '../../platform/calendar/dates.ts';
import type { Db } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import * as repo from './participations.repository.ts';
import type { SupervisorParticipationTable } from './people.table.ts';
import type { SupervisorRow } from './supervisors.repository.ts';

/** How the log finds a supervisor the actor may reach (the supervisor service provides it). */
export interface SupervisorLookup {
  reachable(actor: UserActor, permission: 'pool.read' | 'pool.write', id: string): Promise<SupervisorRow>;
}

function present(row: SupervisorParticipationTable): Participation {
  return {
    id: row.id,
    supervisorId: row.supervisor_id,
    date: row.date,
    kind: row.kind,
    description: row.description,
    hours: row.hours,
    createdAt: row.created_at,
  };
}

const invalid = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', message, { errors: [{ path, message }] });

/**
 * The participation log (履职记录) of invited supervisors: what each took part in (案卷评查, 专项监督,
 * 调研 …), within their term, and how often per year.
 */
export class ParticipationService {
  constructor(
    private readonly db: Db,
    private readonly supervisors: SupervisorLookup,
  ) {}

  /** A supervisor's log, newest first, optionally of one year. */
  async list(actor: UserActor, supervisorId: string, year?: number): Promise<Participation[]> {
    await this.supervisors.reachable(actor, 'pool.read', supervisorId);
    return (await repo.listParticipations(this.db, supervisorId, year)).map(present);
  }

  /** Counts per year (newest first) and kind, with the hours recorded. */
  async yearly(actor: UserActor, supervisorId: string): Promise<ParticipationYear[]> {
    await this.supervisors.reachable(actor, 'pool.read', supervisorId);
    const years = new Map<number, ParticipationYear>();
    for (const row of await repo.countParticipations(this.db, supervisorId)) {
      const entry =
        years.get(row.year) ??
        ({
          year: row.year,
          total: 0,
          hours: 0,
          byKind: Object.fromEntries(PARTICIPATION_KINDS.map((k) => [k, 0])) as Record<
            ParticipationKind,
            number
          >,
        } satisfies ParticipationYear);
      entry.total += row.count;
      entry.hours += row.hours;
      entry.byKind[row.kind] += row.count;
      years.set(row.year, entry);
    }
    return [...years.values()].sort((a, b) => b.year - a.year);
  }

  /** Records an activity; it must fall within the term (and before an early end) and not in the future. */
  async add(actor: UserActor, supervisorId: string, input: ParticipationCreate): Promise<Participation> {
    const supervisor = await this.supervisors.reachable(actor, 'pool.write', supervisorId);
    if (input.date > todayInShanghai()) throw invalid('date', '活动日期不能晚于今天');
    const last =
      supervisor.status === 'active' ? supervisor.term_end : (supervisor.status_date ?? supervisor.term_end);
    if (input.date < supervisor.term_start || input.date > last)
      throw invalid('date', `活动日期应在聘任期内 (${supervisor.term_start} 至 ${last})`);
    const row: SupervisorParticipationTable = {
      id: newId(),
      supervisor_id: supervisorId,
      date: input.date,
      kind: input.kind,
      description: input.description,
      hours: input.hours ?? null,
      created_at: new Date().toISOString(),
      created_by: actor.userId,
    };
    await this.db.transaction().execute(async (trx) => {
      await repo.insertParticipation(trx, row);
      await recordAudit(trx, auditActor(actor), {
        action: 'invited_supervisor.participation.add',
        targetType: 'invited_supervisor',
        targetId: supervisorId,
        detail: { participationId: row.id, date: row.date, kind: row.kind, hours: row.hours },
      });
    });
    return present(row);
  }

  /** Removes a wrongly entered activity. */
  async remove(actor: UserActor, supervisorId: string, id: string): Promise<void> {
    await this.supervisors.reachable(actor, 'pool.write', supervisorId);
    const row = await repo.findParticipation(this.db, supervisorId, id);
    if (!row) throw new AppError('NOT_FOUND', '履职记录不存在');
    await this.db.transaction().execute(async (trx) => {
      await repo.deleteParticipation(trx, id);
      await recordAudit(trx, auditActor(actor), {
        action: 'invited_supervisor.participation.remove',
        targetType: 'invited_supervisor',
        targetId: supervisorId,
        detail: { participationId: id, date: row.date, kind: row.kind, description: row.description },
      });
    });
  }
}
