import type { ReactElement } from 'react';
import { createBrowserRouter, Navigate, RouterProvider, type LoaderFunctionArgs } from 'react-router';
import { api } from './api/client.ts';
import { prefetch } from './api/prefetch.ts';
import { whenSignedIn } from './state/appStore.ts';
import { Loading } from './components/Feedback.tsx';
import { RouteError } from './components/RouteError.tsx';
import { Shell } from './components/Shell.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { PlaybooksPage } from './pages/playbooks/PlaybooksPage.tsx';

/**
 * The pages. The editor, analytics (charts) and segments (condition builder) are
 * loaded when first opened, so the list pages start fast.
 */
/**
 * Starts the editor's data while its code downloads (the loader does not wait for it).
 * The keys are the ones `EditorPage` passes to `useApi`.
 */
function prefetchEditor({ params }: LoaderFunctionArgs): null {
  const id = params.id ?? '';
  // After `GET /api/session` (a direct link opens before it answers), and not while signed out.
  prefetch(`playbook:${id}`, () => whenSignedIn().then(() => api.getPlaybook(id, 'en')));
  prefetch('customers:100', () => whenSignedIn().then(() => api.listCustomers({ limit: 100 })));
  prefetch('segments', () => whenSignedIn().then(api.listSegments));
  return null;
}

const router = createBrowserRouter([
  {
    path: '/',
    element: <Shell />,
    errorElement: <RouteError />,
    // Shown while a direct link's lazy page and loader start (React Router warns on every such load without one).
    hydrateFallbackElement: <Loading />,
    children: [
      { index: true, element: <Navigate to="/playbooks" replace /> },
      { path: 'playbooks', element: <PlaybooksPage /> },
      { path: 'playbooks/:id', loader: prefetchEditor, lazy: () => import('./pages/editor/EditorPage.tsx').then((m) => ({ Component: m.EditorPage })) },
      { path: 'templates', lazy: () => import('./pages/templates/TemplatesPage.tsx').then((m) => ({ Component: m.TemplatesPage })) },
      { path: 'customers', lazy: () => import('./pages/customers/CustomersPage.tsx').then((m) => ({ Component: m.CustomersPage })) },
      { path: 'customers/import', lazy: () => import('./pages/customers/ImportCustomersPage.tsx').then((m) => ({ Component: m.ImportCustomersPage })) },
      { path: 'customers/:id', lazy: () => import('./pages/customers/CustomerPage.tsx').then((m) => ({ Component: m.CustomerPage })) },
      { path: 'analytics', lazy: () => import('./pages/analytics/AnalyticsPage.tsx').then((m) => ({ Component: m.AnalyticsPage })) },
      { path: 'segments', lazy: () => import('./pages/segments/SegmentsPage.tsx').then((m) => ({ Component: m.SegmentsPage })) },
      { path: 'tasks', lazy: () => import('./pages/tasks/TasksPage.tsx').then((m) => ({ Component: m.TasksPage })) },
      { path: 'approvals', lazy: () => import('./pages/team/ApprovalsPage.tsx').then((m) => ({ Component: m.ApprovalsPage })) },
      { path: 'people', lazy: () => import('./pages/team/PeoplePage.tsx').then((m) => ({ Component: m.PeoplePage })) },
      { path: 'keys', lazy: () => import('./pages/team/KeysPage.tsx').then((m) => ({ Component: m.KeysPage })) },
      { path: 'audit', lazy: () => import('./pages/team/AuditPage.tsx').then((m) => ({ Component: m.AuditPage })) },
      { path: 'settings', lazy: () => import('./pages/team/SettingsPage.tsx').then((m) => ({ Component: m.SettingsPage })) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App(): ReactElement {
  return <RouterProvider router={router} />;
}
