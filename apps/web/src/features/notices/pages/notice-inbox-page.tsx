import { Card, Typography } from 'antd';
import { useSession } from '../../../console/session.tsx';
import { useNotices } from '../api/use-notices.ts';
import { NoticeFilters } from '../components/notice-filters.tsx';
import { NoticeTable } from '../components/notice-table.tsx';
import { useNoticeListParams } from '../list-params.ts';
import { t } from '../locale.ts';

/**
 * 监督文书收文: the notices sent to the user's agency, unread ones marked; supervisors see the ones
 * issued within their scope, with the agency named.
 */
export function NoticeInboxPage() {
  const { can } = useSession();
  const agency = can('matter.respond');
  const list = useNoticeListParams();
  const notices = useNotices(list.params);
  return (
    <Card title={agency ? t('titleInbox') : t('titleSent')}>
      <Typography.Paragraph type="secondary">{agency ? t('hintInbox') : t('hintSent')}</Typography.Paragraph>
      <NoticeFilters value={list.filters} onChange={list.set} onReset={list.reset} />
      <NoticeTable query={notices} paging={list.paging} showAgency={!agency} />
    </Card>
  );
}
