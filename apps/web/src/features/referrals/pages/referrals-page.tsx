import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../../console/errors.tsx';
import { ReferralFormPage } from './referral-form-page.tsx';
import { ReferralPage } from './referral-page.tsx';
import { ReferralsListPage } from './referrals-list-page.tsx';

/** 线索移送: the list at /referrals, the draft form at /referrals/new and …/:id/edit, one referral at /referrals/:id. */
export default function ReferralsPage() {
  return (
    <Routes>
      <Route index element={<ReferralsListPage />} />
      <Route path="new" element={<ReferralFormPage />} />
      <Route path=":id" element={<ReferralPage />} />
      <Route path=":id/edit" element={<ReferralFormPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
