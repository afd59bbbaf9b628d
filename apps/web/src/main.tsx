import '@mantine/core/styles.css';
import '@fontsource/be-vietnam-pro/vietnamese-400.css';
import '@fontsource/be-vietnam-pro/vietnamese-600.css';
import '@fontsource/be-vietnam-pro/vietnamese-700.css';
import '@fontsource/be-vietnam-pro/latin-400.css';
import '@fontsource/be-vietnam-pro/latin-600.css';
import '@fontsource/be-vietnam-pro/latin-700.css';
import '@fontsource/noto-sans-arabic/arabic-400.css';
import '@fontsource/noto-sans-arabic/arabic-700.css';
import { directionOf, isLocale } from '@lantern/domain';
import { DirectionProvider, MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import {
  dropSignInShell,
  rememberLocaleForServer,
  restoreStylesheetOrder,
} from './features/auth/sign-in-shell';
import { currentLocale, i18n, initI18n } from './lib/i18n';
import { router } from './routes/router';
import { cssVariablesResolver, theme } from './theme';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false }, mutations: { retry: 0 } },
});

function render(root: HTMLElement) {
  createRoot(root).render(
    <StrictMode>
      <DirectionProvider initialDirection={directionOf(currentLocale())} detectDirection={false}>
        <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
          <QueryClientProvider client={queryClient}>
            <RouterProvider router={router} />
          </QueryClientProvider>
        </MantineProvider>
      </DirectionProvider>
    </StrictMode>,
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
restoreStylesheetOrder();
// The page's own code (a lazy route chunk) and the language's catalogue download side by side, not one
// after the other: on a slow 3G link each wave costs at least one round trip.
for (const match of router.matchRoutes(router.latestLocation)) {
  const route = router.routesById[match.routeId as keyof typeof router.routesById];
  if (route) void router.loadRouteChunk(route);
}
// The server sends the pre-rendered sign-in page in the language it finds in a cookie (sign-in-shell.ts).
i18n.on('languageChanged', (language) => {
  if (isLocale(language)) rememberLocaleForServer(language);
});
// The sign-in page replaces its pre-rendered form itself; any other outcome (an error page) must not stay
// hidden behind that form.
router.subscribe('onResolved', ({ toLocation }) => {
  if (toLocation.pathname !== '/sign-in' || router.state.matches.some((match) => match.status === 'error')) {
    dropSignInShell();
  }
});
void initI18n().then(() => render(root));
