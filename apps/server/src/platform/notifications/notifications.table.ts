/** An in-app notice to an org (e.g. a certificate about to expire); created by the officers migration. */
export interface NotificationTable {
  id: string;
  org_id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  /** Same key = same notice; a second notify with it is ignored. */
  dedupe_key: string | null;
  created_at: string;
  read_at: string | null;
  read_by: string | null;
}

declare module '../db/tables.ts' {
  interface Database {
    notification: NotificationTable;
  }
}
