import type { CalendarService } from '../../platform/calendar/calendar.service.ts';
import type { AgencyService } from '../agencies/agencies.service.ts';
import type { CaseService } from '../cases/cases.service.ts';
import type { RoleService } from '../identity/roles.service.ts';
import type { UserService } from '../identity/users.service.ts';
import type { MatterService } from '../matters/matters.service.ts';
import type { OrgService } from '../orgs/orgs.service.ts';
import type { ExpertPoolService } from '../people/experts.service.ts';
import type { InvitedSupervisorService } from '../people/supervisors.service.ts';

/** The other modules case-file review reaches, always through their services. */
export interface CaseReviewPorts {
  orgs: OrgService;
  cases: CaseService;
  agencies: AgencyService;
  expertPool: ExpertPoolService;
  invitedSupervisors: InvitedSupervisorService;
  users: UserService;
  roles: RoleService;
  matters: MatterService;
  calendar: CalendarService;
}

/** An org row as the org service gives it. */
export type OrgRow = NonNullable<Awaited<ReturnType<OrgService['findById']>>>;
