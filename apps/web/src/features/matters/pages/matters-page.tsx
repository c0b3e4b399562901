import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../../console/errors.tsx';
import { MatterCreatePage } from './matter-create-page.tsx';
import { MatterPage } from './matter-page.tsx';
import { MattersHomePage } from './matters-home-page.tsx';

/** 监督事项: the desk and the list at /matters, the opening form at /matters/new, one matter at /matters/:id. */
export default function MattersPage() {
  return (
    <Routes>
      <Route index element={<MattersHomePage />} />
      <Route path="new" element={<MatterCreatePage />} />
      <Route path=":id" element={<MatterPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
