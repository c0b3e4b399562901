import type { InvitedSupervisor } from '@jiandu/contracts/people';
import { decryptField } from '../../platform/crypto/field-cipher.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import { maskIdNumber, maskPhone } from '../../platform/masking.ts';
import { ageOn } from './age-rules.ts';
import type { InvitedSupervisorTable } from './people.table.ts';
import type { SupervisorRow } from './supervisors.repository.ts';

/** The birth date (YYYY-MM-DD) an 18-digit ID number encodes. */
export const birthDateOf = (id: string) => `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;

/** What the audit trail keeps of an appointment: personal data masked. */
export function auditView(row: InvitedSupervisorTable, idNumber: string, phone: string | null) {
  return {
    name: row.name,
    idNumber: maskIdNumber(idNumber),
    phone: maskPhone(phone),
    category: row.category,
    employer: row.employer,
    title: row.title,
    orgId: row.org_id,
    termNumber: row.term_number,
    termStart: row.term_start,
    termEnd: row.term_end,
    appointmentNumber: row.appointment_number,
    status: row.status,
  };
}

/** Presents an appointment: ID number and phone masked unless `clear`, ages from the ID number. */
export function presentSupervisor(
  row: SupervisorRow,
  keyring: Keyring,
  clear: boolean,
  today: string,
): InvitedSupervisor {
  const idNumber = decryptField(keyring, row.id_number_enc);
  const phone = row.phone_enc ? decryptField(keyring, row.phone_enc) : null;
  const birth = birthDateOf(idNumber);
  return {
    id: row.id,
    orgId: row.org_id,
    orgName: row.org_name,
    name: row.name,
    gender: row.gender,
    idNumber: clear ? idNumber : maskIdNumber(idNumber),
    age: ageOn(birth, today),
    ageAtTermStart: ageOn(birth, row.term_start),
    phone: clear ? phone : maskPhone(phone),
    category: row.category,
    employer: row.employer,
    title: row.title,
    termNumber: row.term_number,
    termStart: row.term_start,
    termEnd: row.term_end,
    appointmentNumber: row.appointment_number,
    status: row.status,
    statusDate: row.status_date,
    statusReason: row.status_reason,
    participationsThisYear: row.participations_this_year,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
