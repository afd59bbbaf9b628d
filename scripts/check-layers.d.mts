export interface Layer {
  name: string;
  paths: string[];
}
export interface LayerConfig {
  serverSource: string;
  layers: Layer[];
  cycleRoots: string[];
}
export const serverLayers: Layer[];
export const defaultConfig: LayerConfig;
export function importSpecifiers(text: string): string[];
export function resolveImport(fromFile: string, specifier: string): string | undefined;
export function checkLayers(root: string, config?: LayerConfig): string[];
