import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../../console/errors.tsx';
import { ItemDetailPage } from './item-detail-page.tsx';
import { ItemListPage } from './item-list-page.tsx';

/** 执法事项目录: the list at /catalogue and one item with its benchmark at /catalogue/:id. */
export default function CataloguePage() {
  return (
    <Routes>
      <Route index element={<ItemListPage />} />
      <Route path=":id" element={<ItemDetailPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
