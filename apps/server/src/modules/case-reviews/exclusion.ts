/** An org as the exclusion check needs it. */
export interface OrgRef {
  id: string;
  path: string;
  name: string;
  shortName: string | null;
}

/** What is known about a person when checking them against one reviewed agency. */
export interface ExclusionFacts {
  /** Orgs the person must avoid (an expert's registered conflicts in force), with the reason. */
  conflicts: readonly { org: OrgRef; reason: string }[];
  /** Orgs the person belongs to: a staff member's own org, the linked account's org. */
  memberOf: readonly OrgRef[];
  employer: string;
  /** Experts only: whether the expert pool lists them as eligible for the agency (available, field). */
  expertEligible?: boolean | undefined;
}

const onBranch = (a: OrgRef, b: OrgRef) => a.path.startsWith(b.path) || b.path.startsWith(a.path);

/**
 * Why a person may not review an agency's files (回避), or null when they may. Nobody from the
 * reviewed agency: a registered conflict with the agency, an org above it or one below it; a person
 * whose org or account sits in the agency (or below); a person employed by it. An expert the pool
 * does not list as eligible (unavailable, or outside the agency's fields) is left out as well.
 */
export function exclusionReason(facts: ExclusionFacts, agency: OrgRef): string | null {
  const conflict = facts.conflicts.find((c) => onBranch(c.org, agency));
  if (conflict)
    return conflict.org.id === agency.id
      ? `已登记对${agency.name}回避 (${conflict.reason})`
      : `已登记对${conflict.org.name}回避 (${conflict.reason}), 与${agency.name}属同一系统上下级`;
  if (facts.memberOf.some((org) => org.path.startsWith(agency.path)))
    return `系${agency.name}(或其下属单位)的人员`;
  const employer = facts.employer.trim();
  if (employer && [agency.name, agency.shortName].some((name) => name && employer.includes(name)))
    return `工作单位为${agency.name}`;
  if (facts.expertEligible === false)
    return `不在可参加${agency.name}评查的专家名单中 (暂不可参加或专业领域不符)`;
  return null;
}
