import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../../console/errors.tsx';
import { CampaignCreatePage } from './campaign-create-page.tsx';
import { CampaignDetailPage } from './campaign-detail-page.tsx';
import { CampaignListPage } from './campaign-list-page.tsx';

/** 专项监督: the list at /campaigns, the set-up form at /campaigns/new and one campaign at /campaigns/:id. */
export default function CampaignsPage() {
  return (
    <Routes>
      <Route index element={<CampaignListPage />} />
      <Route path="new" element={<CampaignCreatePage />} />
      <Route path=":id" element={<CampaignDetailPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
