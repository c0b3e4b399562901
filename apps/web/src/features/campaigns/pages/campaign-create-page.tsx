import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { ForbiddenPage } from '../../../console/errors.tsx';
import { useSession } from '../../../console/session.tsx';
import { CampaignForm } from '../components/campaign-form.tsx';
import { t } from '../locale-form.ts';

/** 新建专项监督 at /campaigns/new, optionally carrying out a plan task (`?planTaskId=`). */
export function CampaignCreatePage() {
  const { can } = useSession();
  const [search] = useSearchParams();
  if (!can('plan.manage')) return <ForbiddenPage />;
  return (
    <Card
      title={
        <Link to="..">
          <ArrowLeftOutlined aria-hidden /> {t('back')}
        </Link>
      }
    >
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('title')}
      </Typography.Title>
      <CampaignForm planTaskId={search.get('planTaskId')?.slice(0, 40) || null} />
    </Card>
  );
}
