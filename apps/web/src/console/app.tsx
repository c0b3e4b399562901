import { Spin } from 'antd';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { ForbiddenPage, NotFoundPage } from './errors.tsx';
import { ConsoleLayout } from './layout.tsx';
import { PAGES } from './nav.tsx';
import { useSession } from './session.tsx';
import { SignInFlow } from './sign-in/sign-in-flow.tsx';

function Guarded({ page }: { page: (typeof PAGES)[number] }) {
  const { can } = useSession();
  if (page.permission && !can(page.permission)) return <ForbiddenPage />;
  const Page = page.component;
  return <Page />;
}

const router = createBrowserRouter(
  [
    {
      path: '/',
      element: <ConsoleLayout />,
      children: [
        ...PAGES.map((page) =>
          page.path === ''
            ? { index: true, element: <Guarded page={page} /> }
            : { path: `${page.path}/*`, element: <Guarded page={page} /> },
        ),
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ],
  { basename: '/console' },
);

/** The console: sign-in until the session is active, then the pages the user may open. */
export function ConsoleApp() {
  const { session, loading } = useSession();
  if (loading) return <Spin size="large" style={{ marginTop: '30vh', width: '100%' }} />;
  if (!session || session.stage !== 'active') return <SignInFlow />;
  return <RouterProvider router={router} />;
}
