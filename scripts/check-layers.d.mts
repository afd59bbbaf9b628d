export interface Layer {
  name: string;
  paths: string[];
}
export interface LayerConfig {
  serverSource: string;
  layers: Layer[];
  cycleRoots: string[];
  loadedWhenUsed?: string[];
}
export const serverLayers: Layer[];
export const loadedWhenUsed: string[];
export const defaultConfig: LayerConfig;
export function startUpImports(text: string): string[];
export function importSpecifiers(text: string): string[];
export function resolveImport(fromFile: string, specifier: string): string | undefined;
export function checkLayers(root: string, config?: LayerConfig): string[];
