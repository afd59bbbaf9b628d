import { type CSSVariablesResolver, createTheme } from '@mantine/core';

// Calm and plain: one deep blue for actions, neutral greys, generous spacing; a font with full
// Vietnamese coverage, and an Arabic face for right-to-left text. Both are served from our origin.
export const theme = createTheme({
  primaryColor: 'lantern',
  colors: {
    lantern: [
      '#eaf1f8',
      '#d3e1ef',
      '#a6c2df',
      '#75a1cf',
      '#4e86c2',
      '#3574ba',
      '#266aa7',
      '#1c5a90',
      '#1c4e80',
      '#0f3a63',
    ],
  },
  primaryShade: 8,
  fontFamily: "'Be Vietnam Pro', 'Noto Sans Arabic', system-ui, -apple-system, 'Segoe UI', sans-serif",
  headings: { fontFamily: "'Be Vietnam Pro', 'Noto Sans Arabic', system-ui, sans-serif", fontWeight: '600' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  components: {
    Button: { defaultProps: { size: 'md' } },
    TextInput: { defaultProps: { size: 'md' } },
    PasswordInput: { defaultProps: { size: 'md' } },
  },
});

// Mantine's default "dimmed" grey is below the WCAG AA contrast ratio on white; ours is one shade darker.
// So is its error red (a field's message and the value in a field in error): shade 8 is above 4.5:1 on white.
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-8)',
  },
  dark: {},
});
