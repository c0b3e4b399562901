import type { EquipmentCategory } from '@jiandu/contracts/equipment';

/** Items issued to an org, or to one of its officers, with how many have come back. */
export interface EquipmentIssueTable {
  id: string;
  org_id: string;
  officer_id: string | null;
  category: EquipmentCategory;
  item_name: string;
  specification: string | null;
  serial_number: string | null;
  quantity: number;
  issued_on: string;
  returned_quantity: number;
  returned_on: string | null;
  note: string | null;
  created_at: string;
  updated_at: string;
}

/** One return (收回) against an issue; partial returns are several rows. */
export interface EquipmentReturnTable {
  id: string;
  issue_id: string;
  returned_on: string;
  quantity: number;
  note: string | null;
  created_at: string;
  created_by: string;
}

declare module '../../platform/db/tables.ts' {
  interface Database {
    equipment_issue: EquipmentIssueTable;
    equipment_return: EquipmentReturnTable;
  }
}
