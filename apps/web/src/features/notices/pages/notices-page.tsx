import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../../console/errors.tsx';
import { NoticeInboxPage } from './notice-inbox-page.tsx';
import { NoticePage } from './notice-page.tsx';

/** 监督文书: the inbox at /notices and one notice at /notices/:id. */
export default function NoticesPage() {
  return (
    <Routes>
      <Route index element={<NoticeInboxPage />} />
      <Route path=":id" element={<NoticePage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
