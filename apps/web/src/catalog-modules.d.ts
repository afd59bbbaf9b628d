// One language's catalogue as its own chunk, made by the build (see catalogChunks in vite.config.ts).
declare module 'virtual:lantern-catalog/*' {
  import type { Catalog } from '@lantern/domain';

  const catalog: Catalog;
  export default catalog;
}
