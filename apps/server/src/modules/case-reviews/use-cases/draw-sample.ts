import type { Sample, SampledCase, SamplingTarget } from '@jiandu/contracts/case-reviews';
import type { UserActor } from '../../../platform/authz/actor.ts';
import { AppError } from '../../../platform/errors.ts';
import type { CaseReviewPorts, OrgRow } from '../case-review-ports.ts';
import { caseReaderOf, reaches, scoped } from '../case-reviews.policy.ts';
import { type Candidate, drawAgency, SAMPLING_ALGORITHM } from '../sampling.ts';

/** What a draw takes. */
export interface DrawInput {
  organizerId: string;
  periodFrom: string;
  periodTo: string;
  seed: string;
  targets: readonly SamplingTarget[];
}

/** A draw with the orgs it was checked against. */
export interface Drawn {
  sample: Sample;
  organizer: OrgRow;
  agencies: OrgRow[];
}

/** Org kinds whose cases are reviewed: enforcement agencies and townships with 综合执法. */
const REVIEWED_KINDS = new Set(['agency', 'township_government']);

const invalid = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', message, { errors: [{ path, message }] });

/**
 * The organizer (a justice department the user manages) and the reviewed agencies (enforcement
 * bodies in the organizer's part of the tree, within the user's reach), checked.
 */
export async function checkDrawOrgs(
  ports: CaseReviewPorts,
  actor: UserActor,
  organizerId: string,
  agencyIds: readonly string[],
): Promise<{ organizer: OrgRow; agencies: OrgRow[] }> {
  const organizer = await ports.orgs.findById(organizerId);
  if (!organizer || !reaches(actor, 'review.manage', scoped(organizer)))
    throw invalid('organizerId', '组织单位不存在或不在您的管理范围内');
  if (organizer.kind !== 'supervisor') throw invalid('organizerId', '案卷评查应由司法行政机关组织');
  const found = new Map((await ports.orgs.findByIds(agencyIds)).map((o) => [o.id, o]));
  const agencies = agencyIds.map((id, i) => {
    const agency = found.get(id);
    if (
      !agency ||
      !REVIEWED_KINDS.has(agency.kind) ||
      !agency.path.startsWith(organizer.path) ||
      !reaches(actor, 'review.manage', scoped(agency))
    )
      throw invalid(`targets.${i}.agencyId`, `被评查单位应为${organizer.name}辖区内的行政执法主体`);
    return agency;
  });
  return { organizer, agencies };
}

/**
 * Draws a batch's files: for each agency its cases closed within the period (read through the
 * cases module with a reading lent for the draw), then `drawAgency` with the seed and rule. The
 * result is a pure function of the seed, the candidates and the rules, so the same inputs always
 * give the same files in the same order.
 */
export async function drawSample(ports: CaseReviewPorts, actor: UserActor, input: DrawInput): Promise<Drawn> {
  const { organizer, agencies } = await checkDrawOrgs(
    ports,
    actor,
    input.organizerId,
    input.targets.map((t) => t.agencyId),
  );
  const sample: Sample = { seed: input.seed, algorithm: SAMPLING_ALGORITHM, agencies: [], cases: [] };
  for (const [i, target] of input.targets.entries()) {
    const agency = agencies[i]!;
    const closed = (
      await ports.cases.listAll(caseReaderOf(actor, agency.id), { agencyId: agency.id, status: 'closed' })
    ).filter((c) => c.closedOn !== null && c.closedOn >= input.periodFrom && c.closedOn <= input.periodTo);
    const byId = new Map(closed.map((c) => [c.id, c]));
    const candidates: Candidate[] = closed.map((c) => ({ id: c.id, kind: c.kind }));
    const draw = drawAgency(input.seed, agency.id, candidates, target);
    sample.agencies.push({
      agencyId: agency.id,
      agencyName: agency.name,
      mode: target.mode,
      value: target.value,
      candidates: candidates.length,
      sampled: draw.picked.length,
      strata: draw.strata,
    });
    for (const picked of draw.picked) {
      const c = byId.get(picked.id)!;
      const row: SampledCase = {
        seq: sample.cases.length + 1,
        caseId: c.id,
        externalId: c.externalId,
        title: c.title,
        kind: c.kind,
        closedOn: c.closedOn,
        agencyId: agency.id,
        agencyName: agency.name,
      };
      sample.cases.push(row);
    }
  }
  return { sample, organizer, agencies };
}
