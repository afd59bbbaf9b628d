import { createRootRoute, createRoute, createRouter, lazyRouteComponent } from '@tanstack/react-router';
import { HomePage } from '../features/home/HomePage';
import { AppLayout } from '../features/shell/AppLayout';
import { NotFoundPage } from '../features/shell/NotFoundPage';

const rootRoute = createRootRoute({ component: AppLayout, notFoundComponent: NotFoundPage });

// Paths here must match webRoutePatterns in @lantern/domain (the server answers unknown paths with 404).
export const routeTree = rootRoute.addChildren([
  createRoute({ getParentRoute: () => rootRoute, path: '/', component: HomePage }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/sign-in',
    component: lazyRouteComponent(() => import('../features/auth/SignInPage'), 'SignInPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/status',
    component: lazyRouteComponent(() => import('../features/system/StatusPage'), 'StatusPage'),
  }),
]);

export const router = createRouter({ routeTree, defaultPreload: 'intent' });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
